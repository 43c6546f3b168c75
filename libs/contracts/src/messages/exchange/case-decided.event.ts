import { IsIn, IsString, IsUUID } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { IsLocalDate } from '../../validation/domain-validators';

export const CASE_DECISIONS = ['APPROVED', 'REJECTED'] as const;
export type CaseDecision = (typeof CASE_DECISIONS)[number];

/** R11: the hukou county approved or rejected the case; sent back to the residence county. */
export class CaseDecidedPayload {
  @IsUUID()
  applicationId!: string;

  @IsIn(CASE_DECISIONS)
  decision!: CaseDecision;

  @IsString({ each: true })
  reasons!: string[];

  @IsLocalDate()
  decidedOn!: string;
}

export const CaseDecided: EventType<CaseDecidedPayload> = {
  type: 'exchange.case.decided',
  schemaVersion: 1,
  payloadClass: CaseDecidedPayload,
};
export class CaseDecidedEvent extends envelopeFor(CaseDecided) {}
