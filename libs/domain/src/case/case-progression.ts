import type { CasePlan, CaseStage, CountyRole } from './case-plan';
import type { CaseSnapshot, CaseStatus } from './case-state-machine';

/** The stage a status belongs to; terminal statuses belong to none. */
export function stageOfStatus(status: CaseStatus): CaseStage | undefined {
  switch (status) {
    case 'SUBMITTED':
      return 'ACCEPTANCE';
    case 'ASSESSMENT':
    case 'REASSESSMENT':
    case 'CONCLUSION_NOT_MET':
      return 'ASSESSMENT';
    case 'PUBLICITY':
    case 'OBJECTION_REVIEW':
      return 'PUBLICITY';
    case 'ARCHIVE_TRANSFER':
      return 'ARCHIVE_TRANSFER';
    // R11: a returned case waits at the residence county, which re-routes it to the approver.
    case 'APPROVAL':
    case 'RETURNED_FOR_JURISDICTION':
      return 'APPROVAL';
    case 'PRINTING':
      return 'PRINTING';
    case 'MAILING':
      return 'MAILING';
    case 'COMPLETED':
    case 'REFUSED':
    case 'WITHDRAWN':
    case 'NOT_QUALIFIED':
      return undefined;
  }
}

/** Whether the plan has the stage at all (assessment and publicity open work only then). */
export function planHasStage(plan: Pick<CasePlan, 'stages'>, stage: CaseStage): boolean {
  return plan.stages.some((s) => s.stage === stage);
}

/** The county that performs a stage of the plan; undefined when the plan has no such stage. */
export function performerOf(
  plan: Pick<CasePlan, 'stages'>,
  stage: CaseStage,
): CountyRole | undefined {
  return plan.stages.find((s) => s.stage === stage)?.performedBy;
}

/** Whether the residence county holds the case in this status (R11: a returned case is back with it). */
export function heldByResidence(snapshot: CaseSnapshot): boolean {
  if (snapshot.status === 'RETURNED_FOR_JURISDICTION') return true;
  const stage = stageOfStatus(snapshot.status);
  return stage !== undefined && performerOf(snapshot.plan, stage) === 'RESIDENCE';
}

/**
 * R10, R11: the residence county hands the case over at the transition that finishes the plan's
 * last residence-side stage — the case leaves the residence county's hands for the approver's
 * (or, in a migration, the original county's archive transfer, R19).
 */
export function handsOver(before: CaseSnapshot, after: CaseSnapshot): boolean {
  const stage = stageOfStatus(after.status);
  return (
    heldByResidence(before) &&
    stage !== undefined &&
    !heldByResidence(after) &&
    performerOf(after.plan, stage) !== undefined
  );
}
