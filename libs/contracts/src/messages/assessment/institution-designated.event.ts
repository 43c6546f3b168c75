import { IsBoolean, IsString, IsUUID, Matches } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { LOCAL_DATE_MESSAGE, LOCAL_DATE_PATTERN } from '../../vocabulary/local-date';

/** R8, R25: the residence county designated the assessment institution and tells the applicant. */
export class InstitutionDesignatedPayload {
  @IsUUID()
  applicationId!: string;

  @IsUUID()
  institutionId!: string;

  @IsString()
  institutionName!: string;

  @IsString()
  institutionAddress!: string;

  /** R33: the institution comes to the applicant. */
  @IsBoolean()
  homeVisit!: boolean;

  @Matches(LOCAL_DATE_PATTERN, { message: LOCAL_DATE_MESSAGE })
  designatedOn!: string;
}

export const InstitutionDesignated: EventType<InstitutionDesignatedPayload> = {
  type: 'assessment.institution.designated',
  schemaVersion: 1,
  payloadClass: InstitutionDesignatedPayload,
};
export class InstitutionDesignatedEvent extends envelopeFor(InstitutionDesignated) {}
