import type { RuleReference } from '../errors/rule-id';
import type { CaseKind } from './case-kind';

/**
 * The counties a case involves: residence (R) accepts; hukou (H) approves and prints; in a
 * migration the destination hukou county (N) approves and prints and the original one (O) sends the archive.
 */
export const COUNTY_ROLES = ['RESIDENCE', 'HUKOU', 'DESTINATION', 'ORIGINAL'] as const;
export type CountyRole = (typeof COUNTY_ROLES)[number];

/** The stages a case can pass through, in their usual order. */
export const CASE_STAGES = [
  'ACCEPTANCE',
  'ASSESSMENT',
  'PUBLICITY',
  'ARCHIVE_TRANSFER',
  'APPROVAL',
  'PRINTING',
  'MAILING',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/** One stage of a plan: who performs it and the rule that puts it there. */
export interface PlannedStage {
  readonly stage: CaseStage;
  readonly performedBy: CountyRole;
  readonly rule: RuleReference;
}

/** Facts about the applicant and the old card that change a plan. */
export interface CasePlanContext {
  /** Under 18 on the application date (R10: not publicised). */
  readonly applicantIsMinor: boolean;
  /** The current card was issued before 2018 on a visual assessment (目测评定) (R14, R20). */
  readonly visualAssessmentBefore2018?: boolean;
  /** R14: on expiry renewal R may require re-assessment when the condition visibly changed. */
  readonly residenceRequiresReassessment?: boolean;
}

/** Whether a post-migration re-assessment (R20) is due: required, at N's discretion, or not applicable. */
export type FollowUpAssessment = 'NONE' | 'REQUIRED' | 'AT_DESTINATION_DISCRETION';

/** What happens to the card when the case is approved. */
export type CertificateOutcome = 'ISSUE_NEW' | 'REPLACE' | 'CANCEL';

/** Everything about how one case of a kind runs, for the given context. */
export interface CasePlan {
  readonly kind: CaseKind;
  readonly stages: readonly PlannedStage[];
  /** The county that approves and prints: H, or N in a migration (R18). */
  readonly approver: 'HUKOU' | 'DESTINATION';
  /** The rule under which the approver approves and prints (R11 new, R14 renewal … R24 change). */
  readonly approvalRule: RuleReference;
  readonly assessment: boolean;
  /** Rule that requires (or allowed R to require) the assessment; undefined when none. */
  readonly assessmentRule?: RuleReference;
  readonly publicity: boolean;
  readonly printsCard: boolean;
  /** R28: R collects the old card and destroys it a year later. */
  readonly collectsOldCard: boolean;
  readonly certificateOutcome: CertificateOutcome;
  readonly followUpAssessment: FollowUpAssessment;
}

/** The plan of a case kind: stages, performing counties and which optional steps apply. */
export function planCase(kind: CaseKind, context: CasePlanContext): CasePlan {
  const assessmentRule = assessmentRuleFor(kind, context);
  const assessment = assessmentRule !== undefined;
  // R10: a conclusion that meets the standard is publicised, except for minors; R14 renewals likewise.
  const publicity = assessment && !context.applicantIsMinor;
  const approver = kind === 'MIGRATION' ? 'DESTINATION' : 'HUKOU';
  const printsCard = kind !== 'CANCELLATION_FULL';
  const stages: PlannedStage[] = [{ stage: 'ACCEPTANCE', performedBy: 'RESIDENCE', rule: 'R3' }];
  if (assessment)
    stages.push({ stage: 'ASSESSMENT', performedBy: 'RESIDENCE', rule: assessmentRule });
  if (publicity) stages.push({ stage: 'PUBLICITY', performedBy: 'RESIDENCE', rule: 'R10' });
  if (kind === 'MIGRATION')
    stages.push({ stage: 'ARCHIVE_TRANSFER', performedBy: 'ORIGINAL', rule: 'R19' });
  const approvalRule = approvalRuleFor(kind);
  stages.push({ stage: 'APPROVAL', performedBy: approver, rule: approvalRule });
  if (printsCard) {
    stages.push({ stage: 'PRINTING', performedBy: approver, rule: approvalRule });
    stages.push({ stage: 'MAILING', performedBy: approver, rule: 'R12' });
  }
  return {
    kind,
    stages,
    approver,
    approvalRule,
    assessment,
    ...(assessmentRule === undefined ? {} : { assessmentRule }),
    publicity,
    printsCard,
    // R28: renewal (all three), migration, cancellation (both) and change; a lost card cannot be collected.
    collectsOldCard: kind !== 'NEW' && kind !== 'LOSS_REPLACEMENT',
    certificateOutcome:
      kind === 'NEW' ? 'ISSUE_NEW' : kind === 'CANCELLATION_FULL' ? 'CANCEL' : 'REPLACE',
    followUpAssessment:
      kind !== 'MIGRATION'
        ? 'NONE'
        : context.visualAssessmentBefore2018 === true
          ? 'REQUIRED'
          : 'AT_DESTINATION_DISCRETION',
  };
}

function assessmentRuleFor(kind: CaseKind, context: CasePlanContext): RuleReference | undefined {
  switch (kind) {
    case 'NEW':
      return 'R8';
    case 'CATEGORY_LEVEL_CHANGE':
      return 'R24';
    case 'RENEWAL_EXPIRY':
      // R14: pre-2018 visual-assessment cards must be re-assessed; otherwise only if R requires it.
      return context.visualAssessmentBefore2018 === true ||
        context.residenceRequiresReassessment === true
        ? 'R14'
        : undefined;
    case 'RENEWAL_DAMAGED':
    case 'RENEWAL_DATA_UPDATE':
    case 'MIGRATION': // R20: re-assessment comes after the migration, as a separate change case.
    case 'LOSS_REPLACEMENT':
    case 'CANCELLATION_FULL':
    case 'CANCELLATION_PARTIAL':
      return undefined;
  }
}

function approvalRuleFor(kind: CaseKind): RuleReference {
  switch (kind) {
    case 'NEW':
      return 'R11';
    case 'RENEWAL_EXPIRY':
      return 'R14';
    case 'RENEWAL_DAMAGED':
      return 'R16';
    case 'RENEWAL_DATA_UPDATE':
      return 'R17';
    case 'MIGRATION':
      return 'R18';
    case 'LOSS_REPLACEMENT':
      return 'R22';
    case 'CANCELLATION_FULL':
    case 'CANCELLATION_PARTIAL':
      return 'R23';
    case 'CATEGORY_LEVEL_CHANGE':
      return 'R24';
  }
}
