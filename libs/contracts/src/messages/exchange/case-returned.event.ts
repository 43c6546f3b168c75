import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { IsCountyCode } from '../../validation/domain-validators';
import { IsLocalDate } from '../../validation/domain-validators';

/** R11: not the hukou county's jurisdiction; the residence county contacts the applicant and re-routes. */
export class CaseReturnedPayload {
  @IsUUID()
  applicationId!: string;

  @IsString()
  @Length(1, 500)
  reason!: string;

  /** The county the returning county believes responsible, if it knows. */
  @IsOptional()
  @IsCountyCode()
  suggestedHukouCountyCode?: string;

  @IsLocalDate()
  returnedOn!: string;
}

export const CaseReturned: EventType<CaseReturnedPayload> = {
  type: 'exchange.case.returned',
  schemaVersion: 1,
  payloadClass: CaseReturnedPayload,
};
export class CaseReturnedEvent extends envelopeFor(CaseReturned) {}
