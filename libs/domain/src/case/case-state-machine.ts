import { requireCounty } from '../divisions/divisions';
import { DomainRuleViolation, IllegalTransitionError } from '../errors/domain-errors';
import type { RuleReference } from '../errors/rule-id';
import type { CaseKind } from './case-kind';
import { planCase, type CasePlan, type CasePlanContext, type CountyRole } from './case-plan';

/** Where a case stands. Terminal: COMPLETED, REFUSED, WITHDRAWN, NOT_QUALIFIED. */
export const CASE_STATUSES = [
  'SUBMITTED',
  'ASSESSMENT',
  'REASSESSMENT',
  'CONCLUSION_NOT_MET',
  'PUBLICITY',
  'OBJECTION_REVIEW',
  'ARCHIVE_TRANSFER',
  'APPROVAL',
  'RETURNED_FOR_JURISDICTION',
  'PRINTING',
  'MAILING',
  'COMPLETED',
  'REFUSED',
  'WITHDRAWN',
  'NOT_QUALIFIED',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses after which nothing more happens to the case. */
export const TERMINAL_CASE_STATUSES: readonly CaseStatus[] = [
  'COMPLETED',
  'REFUSED',
  'WITHDRAWN',
  'NOT_QUALIFIED',
];

/** Who performs an event: one of the counties, or the applicant (or guardian) online. */
export type Actor = CountyRole | 'APPLICANT';

/** Events of a case, each with the party performing it. */
export type CaseEvent =
  | { readonly type: 'ACCEPT'; readonly by: Actor }
  | { readonly type: 'REFUSE'; readonly by: Actor; readonly reason: string }
  | { readonly type: 'WITHDRAW'; readonly by: Actor; readonly reason?: string }
  | { readonly type: 'RECORD_CONCLUSION'; readonly by: Actor; readonly meetsStandard: boolean }
  | { readonly type: 'REQUEST_REASSESSMENT'; readonly by: Actor }
  | { readonly type: 'ACCEPT_CONCLUSION'; readonly by: Actor }
  | { readonly type: 'RAISE_OBJECTION'; readonly by: Actor; readonly reason: string }
  | { readonly type: 'DISMISS_OBJECTION'; readonly by: Actor }
  | { readonly type: 'UPHOLD_OBJECTION'; readonly by: Actor }
  | { readonly type: 'COMPLETE_PUBLICITY'; readonly by: Actor }
  | { readonly type: 'ARCHIVE_UPLOADED'; readonly by: Actor }
  | { readonly type: 'RETURN_FOR_JURISDICTION'; readonly by: Actor; readonly reason: string }
  | { readonly type: 'REROUTE'; readonly by: Actor; readonly countyCode: string }
  | { readonly type: 'APPROVE'; readonly by: Actor }
  | { readonly type: 'RECORD_PRINTED'; readonly by: Actor }
  | { readonly type: 'RECORD_MAILED'; readonly by: Actor };
export type CaseEventType = CaseEvent['type'];

/** All event types, for exhaustive listings. */
export const CASE_EVENT_TYPES: readonly CaseEventType[] = [
  'ACCEPT',
  'REFUSE',
  'WITHDRAW',
  'RECORD_CONCLUSION',
  'REQUEST_REASSESSMENT',
  'ACCEPT_CONCLUSION',
  'RAISE_OBJECTION',
  'DISMISS_OBJECTION',
  'UPHOLD_OBJECTION',
  'COMPLETE_PUBLICITY',
  'ARCHIVE_UPLOADED',
  'RETURN_FOR_JURISDICTION',
  'REROUTE',
  'APPROVE',
  'RECORD_PRINTED',
  'RECORD_MAILED',
];

/**
 * A case as the state machine sees it. `outcome` starts from the plan and turns to CANCEL when an
 * expiry renewal's re-assessment no longer meets the standard (R14: H then cancels the old card).
 */
export interface CaseSnapshot {
  readonly kind: CaseKind;
  readonly plan: CasePlan;
  readonly status: CaseStatus;
  readonly outcome: CasePlan['certificateOutcome'];
}

/** A new case in SUBMITTED with the plan for its kind and context. */
export function openCase(kind: CaseKind, context: CasePlanContext): CaseSnapshot {
  const plan = planCase(kind, context);
  return { kind, plan, status: 'SUBMITTED', outcome: plan.certificateOutcome };
}

interface Rule {
  readonly from: readonly CaseStatus[];
  readonly actors: (plan: CasePlan, status: CaseStatus) => readonly Actor[];
  /** The rule cited when the event is refused; per plan where it depends on the kind. */
  readonly rule: RuleReference | ((plan: CasePlan) => RuleReference);
}

const residence = (): readonly Actor[] => ['RESIDENCE'];
const residenceOrApplicant = (): readonly Actor[] => ['RESIDENCE', 'APPLICANT'];
const approver = (plan: CasePlan): readonly Actor[] => [plan.approver];
// Before H prints, the applicant may withdraw; once printing starts the card exists.
const WITHDRAWABLE: readonly CaseStatus[] = [
  'SUBMITTED',
  'ASSESSMENT',
  'REASSESSMENT',
  'CONCLUSION_NOT_MET',
  'PUBLICITY',
  'OBJECTION_REVIEW',
  'ARCHIVE_TRANSFER',
  'APPROVAL',
  'RETURNED_FOR_JURISDICTION',
];

const RULES: Readonly<Record<CaseEventType, Rule>> = {
  ACCEPT: { from: ['SUBMITTED'], actors: residence, rule: 'R3' },
  // R accepts or refuses at the counter, decides after an upheld objection or a failed re-route; H refuses on review.
  REFUSE: {
    from: ['SUBMITTED', 'OBJECTION_REVIEW', 'RETURNED_FOR_JURISDICTION', 'APPROVAL'],
    // The county holding the case refuses: H (or N) while it reviews, R everywhere else.
    actors: (plan, status) => (status === 'APPROVAL' ? [plan.approver] : ['RESIDENCE']),
    rule: 'R3',
  },
  WITHDRAW: { from: WITHDRAWABLE, actors: residenceOrApplicant, rule: 'R6' },
  RECORD_CONCLUSION: { from: ['ASSESSMENT', 'REASSESSMENT'], actors: residence, rule: 'R3' },
  REQUEST_REASSESSMENT: {
    from: ['CONCLUSION_NOT_MET', 'PUBLICITY'],
    actors: residenceOrApplicant,
    rule: 'R9',
  },
  ACCEPT_CONCLUSION: { from: ['CONCLUSION_NOT_MET'], actors: residenceOrApplicant, rule: 'R9' },
  RAISE_OBJECTION: { from: ['PUBLICITY'], actors: residence, rule: 'R10' },
  DISMISS_OBJECTION: { from: ['OBJECTION_REVIEW'], actors: residence, rule: 'R10' },
  UPHOLD_OBJECTION: { from: ['OBJECTION_REVIEW'], actors: residence, rule: 'R9' },
  COMPLETE_PUBLICITY: { from: ['PUBLICITY'], actors: residence, rule: 'R10' },
  ARCHIVE_UPLOADED: { from: ['ARCHIVE_TRANSFER'], actors: () => ['ORIGINAL'], rule: 'R19' },
  RETURN_FOR_JURISDICTION: {
    from: ['ARCHIVE_TRANSFER', 'APPROVAL'],
    actors: approver,
    rule: 'R11',
  },
  REROUTE: { from: ['RETURNED_FOR_JURISDICTION'], actors: residence, rule: 'R11' },
  APPROVE: { from: ['APPROVAL'], actors: approver, rule: (plan) => plan.approvalRule },
  RECORD_PRINTED: { from: ['PRINTING'], actors: approver, rule: (plan) => plan.approvalRule },
  RECORD_MAILED: { from: ['MAILING'], actors: approver, rule: 'R12' },
};

/** The events that are legal from the case's current status, with who may perform each. */
export function allowedEvents(
  snapshot: CaseSnapshot,
): { type: CaseEventType; actors: readonly Actor[] }[] {
  return CASE_EVENT_TYPES.filter((type) => RULES[type].from.includes(snapshot.status)).map(
    (type) => ({
      type,
      actors: RULES[type].actors(snapshot.plan, snapshot.status),
    }),
  );
}

/** The case after an event; IllegalTransitionError when the event or its actor is not allowed now. */
export function applyCaseEvent(snapshot: CaseSnapshot, event: CaseEvent): CaseSnapshot {
  const rule = RULES[event.type];
  const ruleId = typeof rule.rule === 'function' ? rule.rule(snapshot.plan) : rule.rule;
  const machine = `case ${snapshot.kind}`;
  if (!rule.from.includes(snapshot.status)) {
    throw new IllegalTransitionError(ruleId, machine, snapshot.status, event.type);
  }
  const actors = rule.actors(snapshot.plan, snapshot.status);
  if (!actors.includes(event.by)) {
    throw new IllegalTransitionError(
      ruleId,
      machine,
      snapshot.status,
      event.type,
      `performed by ${event.by}, allowed for ${actors.join(' or ')}`,
    );
  }
  const to = (status: CaseStatus, outcome = snapshot.outcome): CaseSnapshot => ({
    ...snapshot,
    status,
    outcome,
  });
  const { plan } = snapshot;
  switch (event.type) {
    case 'ACCEPT':
      return to(plan.assessment ? 'ASSESSMENT' : firstApproverStatus(plan));
    case 'REFUSE':
      requireReason(event.reason, ruleId);
      return to('REFUSED');
    case 'WITHDRAW':
      return to('WITHDRAWN');
    case 'RECORD_CONCLUSION':
      if (!event.meetsStandard) return to('CONCLUSION_NOT_MET');
      // An expiry renewal re-assessed as meeting the standard again issues a card even after a dispute.
      return to(plan.publicity ? 'PUBLICITY' : firstApproverStatus(plan), plan.certificateOutcome);
    case 'REQUEST_REASSESSMENT':
    case 'UPHOLD_OBJECTION':
      return to('REASSESSMENT');
    case 'ACCEPT_CONCLUSION':
      // R14: a renewal whose re-assessment fails still goes through publicity to H, which cancels the card.
      if (snapshot.kind === 'RENEWAL_EXPIRY')
        return to(plan.publicity ? 'PUBLICITY' : firstApproverStatus(plan), 'CANCEL');
      return to('NOT_QUALIFIED');
    case 'RAISE_OBJECTION':
      requireReason(event.reason, ruleId);
      return to('OBJECTION_REVIEW');
    case 'DISMISS_OBJECTION':
      return to('PUBLICITY');
    case 'COMPLETE_PUBLICITY':
      return to(firstApproverStatus(plan));
    case 'ARCHIVE_UPLOADED':
      return to('APPROVAL');
    case 'RETURN_FOR_JURISDICTION':
      requireReason(event.reason, ruleId);
      return to('RETURNED_FOR_JURISDICTION');
    case 'REROUTE':
      requireCounty(event.countyCode, 'countyCode');
      return to(firstApproverStatus(plan));
    case 'APPROVE':
      return to(snapshot.outcome === 'CANCEL' ? 'COMPLETED' : 'PRINTING');
    case 'RECORD_PRINTED':
      return to('MAILING');
    case 'RECORD_MAILED':
      return to('COMPLETED');
  }
}

/** True when nothing more can happen to the case. */
export function isTerminal(status: CaseStatus): boolean {
  return TERMINAL_CASE_STATUSES.includes(status);
}

// R19: in a migration N first obtains O's electronic archive, then reviews.
function firstApproverStatus(plan: CasePlan): CaseStatus {
  return plan.kind === 'MIGRATION' ? 'ARCHIVE_TRANSFER' : 'APPROVAL';
}

function requireReason(reason: string, rule: RuleReference): void {
  if (reason.trim().length === 0) {
    throw new DomainRuleViolation(rule, 'reason', 'REASON_REQUIRED', 'a reason must be recorded');
  }
}
