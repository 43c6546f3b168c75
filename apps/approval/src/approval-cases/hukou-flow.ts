import { applyCaseEvent, type CaseEvent, type CaseSnapshot } from '@tongban/domain';
import type { ApprovalCase } from './approval-case.entity';

/**
 * The hukou county's case record (R11, R27): its status moves only through the domain's state
 * machine under the plan the residence county handed over. Pure: callers save the case.
 */
export const HukouFlow = {
  /** The case as the state machine sees it. */
  snapshotOf(found: ApprovalCase): CaseSnapshot {
    return { kind: found.caseKind, plan: found.plan, status: found.status, outcome: found.outcome };
  },

  /** Applies the events in order; IllegalTransitionError (409), nothing changed, when one is not allowed now. */
  apply(found: ApprovalCase, ...events: CaseEvent[]): CaseSnapshot {
    const after = events.reduce(applyCaseEvent, HukouFlow.snapshotOf(found));
    found.status = after.status;
    found.outcome = after.outcome;
    return after;
  },
};
