import { IsIn } from 'class-validator';
import { CASE_STAGES, type CaseStage } from '@tongban/domain';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { CASE_KINDS, CaseKind } from '../../vocabulary/case-kind';
import { IsCountyCode } from '../../validation/domain-validators';
import { IsLocalDate } from '../../validation/domain-validators';

export const STAGE_TRANSITIONS = ['ENTERED', 'COMPLETED', 'RETURNED', 'CLOSED'] as const;
export type StageTransition = (typeof STAGE_TRANSITIONS)[number];

/**
 * De-identified (R32): which county moved which kind of case through which stage, and when.
 * The envelope's case id is a random UUID; no name, ID number, address, phone or health data.
 */
export class CaseStageChangedPayload {
  @IsCountyCode()
  countyCode!: string;

  @IsIn(CASE_KINDS)
  caseKind!: CaseKind;

  @IsIn(CASE_STAGES)
  stage!: CaseStage;

  @IsIn(STAGE_TRANSITIONS)
  transition!: StageTransition;

  @IsLocalDate()
  occurredOn!: string;
}

export const CaseStageChanged: EventType<CaseStageChangedPayload> = {
  type: 'monitor.case.stage-changed',
  schemaVersion: 1,
  payloadClass: CaseStageChangedPayload,
};
export class CaseStageChangedEvent extends envelopeFor(CaseStageChanged) {}
