import type { StageTransition } from '@tongban/contracts';
import { CASE_STAGES, type CaseStage } from '@tongban/domain';

/** Where a case stands for national monitoring, from its latest stage change. */
export const CASE_STATUSES = ['OPEN', 'COMPLETED', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

// R11: the hukou county's approval is the decision; printing and mailing follow under R27 and
// are watched through its deadline alerts. Completing approval or a later stage ends the case.
const FIRST_FINAL_STAGE = CASE_STAGES.indexOf('APPROVAL');

/** OPEN while a county still owes work, COMPLETED once approved or later, CLOSED when refused. */
export function caseStatusOf(stage: CaseStage, transition: StageTransition): CaseStatus {
  if (transition === 'CLOSED') return 'CLOSED';
  if (transition === 'COMPLETED' && CASE_STAGES.indexOf(stage) >= FIRST_FINAL_STAGE)
    return 'COMPLETED';
  return 'OPEN';
}

/**
 * When a stage change happened: its business day first, then the envelope time, then where it
 * stands in the case's flow (when known), then its id.
 */
export interface ChangeMoment {
  occurredOn: string;
  occurredAt: Date;
  eventId: string;
  stage?: CaseStage;
  transition?: StageTransition;
}

const TRANSITION_ORDER: readonly StageTransition[] = ['ENTERED', 'RETURNED', 'COMPLETED', 'CLOSED'];

/** Later stages rank higher; within a stage, leaving it ranks above entering it. */
function flowRank({ stage, transition }: ChangeMoment): number | undefined {
  if (stage === undefined || transition === undefined) return undefined;
  return (
    CASE_STAGES.indexOf(stage) * TRANSITION_ORDER.length + TRANSITION_ORDER.indexOf(transition)
  );
}

/**
 * Whether `a` happened after `b`. Events arrive late, twice or out of order; comparing moments
 * (never arrival) keeps the latest. Two services' envelope clocks can agree to the millisecond
 * (or stand still under test); the case's flow then decides, and the event id breaks any
 * remaining tie the same way everywhere.
 */
export function isLaterChange(a: ChangeMoment, b: ChangeMoment): boolean {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn > b.occurredOn;
  if (a.occurredAt.getTime() !== b.occurredAt.getTime())
    return a.occurredAt.getTime() > b.occurredAt.getTime();
  const [rankA, rankB] = [flowRank(a), flowRank(b)];
  if (rankA !== undefined && rankB !== undefined && rankA !== rankB) return rankA > rankB;
  return a.eventId > b.eventId;
}
