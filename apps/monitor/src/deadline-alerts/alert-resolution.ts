import {
  STAGE_TRANSITIONS,
  TIME_LIMIT_RULES,
  type StageTransition,
  type TimeLimitRule,
} from '@tongban/contracts';
import { CASE_STAGES, type CaseStage } from '@tongban/domain';

/**
 * Whether a county's stage change discharges its duty under a time limit. The counties close
 * their deadlines in the same transaction as these changes, so monitoring can tell from the
 * stream alone which alerts still stand.
 */
export function dischargesDuty(
  rule: TimeLimitRule,
  stage: CaseStage,
  transition: StageTransition,
): boolean {
  // A refused, rejected or otherwise closed case owes nothing more.
  if (transition === 'CLOSED') return true;
  switch (rule) {
    case 'R25': // R25: the designation of the institution opens assessment.
      return CASE_STAGES.indexOf(stage) >= CASE_STAGES.indexOf('ASSESSMENT');
    case 'R26': // R26: conclusion entered and publicity completed.
      return stage === 'PUBLICITY' && transition === 'COMPLETED';
    case 'R27': // R27: mailed, or returned to the residence county as not its jurisdiction (R11).
      return (
        (stage === 'MAILING' && transition === 'COMPLETED') ||
        (stage === 'APPROVAL' && transition === 'RETURNED')
      );
  }
}

/** The time limits a stage change discharges. */
export function rulesDischargedBy(stage: CaseStage, transition: StageTransition): TimeLimitRule[] {
  return TIME_LIMIT_RULES.filter((rule) => dischargesDuty(rule, stage, transition));
}

/** The stage changes that discharge a time limit, as `{ stage, transition }` pairs. */
export function changesDischarging(
  rule: TimeLimitRule,
): { stage: CaseStage; transition: StageTransition }[] {
  return CASE_STAGES.flatMap((stage) =>
    STAGE_TRANSITIONS.filter((transition) => dischargesDuty(rule, stage, transition)).map(
      (transition) => ({ stage, transition }),
    ),
  );
}
