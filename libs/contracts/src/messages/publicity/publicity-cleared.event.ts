import { IsIn, IsString, IsUUID } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { IsLocalDate } from '../../validation/domain-validators';

/** How publicity ended for a case that may go on to the hukou county (R10). */
export const PUBLICITY_OUTCOMES = [
  'NO_OBJECTION',
  'OBJECTION_DISMISSED',
  'NOT_PUBLICISED_MINOR',
] as const;
export type PublicityOutcome = (typeof PUBLICITY_OUTCOMES)[number];

/** R10: publicity is complete with no standing objection; the case flows to the hukou county. */
export class PublicityClearedPayload {
  @IsUUID()
  applicationId!: string;

  @IsIn(PUBLICITY_OUTCOMES)
  outcome!: PublicityOutcome;

  @IsLocalDate()
  clearedOn!: string;

  /** What the residence county records as the publicity result, for the hukou county's review (R11). */
  @IsString()
  summary!: string;
}

export const PublicityCleared: EventType<PublicityClearedPayload> = {
  type: 'publicity.case.cleared',
  schemaVersion: 1,
  payloadClass: PublicityClearedPayload,
};
export class PublicityClearedEvent extends envelopeFor(PublicityCleared) {}
