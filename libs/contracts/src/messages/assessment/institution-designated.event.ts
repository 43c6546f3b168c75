import { IsBoolean, IsString, IsUUID } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { IsLocalDate } from '../../validation/domain-validators';

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

  @IsLocalDate()
  designatedOn!: string;
}

export const InstitutionDesignated: EventType<InstitutionDesignatedPayload> = {
  type: 'assessment.institution.designated',
  schemaVersion: 1,
  payloadClass: InstitutionDesignatedPayload,
};
export class InstitutionDesignatedEvent extends envelopeFor(InstitutionDesignated) {}
