import { addMonths, addYears, compareLocalDates, type LocalDate } from '../calendar/local-date';
import type { CaseKind } from '../case/case-kind';
import { DomainRuleViolation, IllegalTransitionError } from '../errors/domain-errors';
import type { RuleReference } from '../errors/rule-id';

/** States of a certificate: in use, frozen (R21), cancelled (R21/R23/R14), or replaced by a newer card. */
export const CERTIFICATE_STATES = ['ACTIVE', 'FROZEN', 'CANCELLED', 'SUPERSEDED'] as const;
export type CertificateState = (typeof CERTIFICATE_STATES)[number];

/** Case kinds whose approval replaces the card with a newer one. */
export type SupersedingCaseKind = Exclude<CaseKind, 'NEW' | 'CANCELLATION_FULL'>;

/** Something that happens to a certificate, with what the rule needs to check it. */
export type CertificateEvent =
  /** R21: the hukou moved more than six months ago and the card was not migrated; O verified it. */
  | {
      readonly type: 'FREEZE_UNMIGRATED';
      readonly hukouMovedOn: LocalDate;
      readonly verifiedOn: LocalDate;
    }
  /** R21: the hukou moved more than a year ago and the card was not migrated; O verified it. */
  | {
      readonly type: 'CANCEL_UNMIGRATED';
      readonly hukouMovedOn: LocalDate;
      readonly verifiedOn: LocalDate;
    }
  /** R23 full cancellation approved by H, or R14 an expiry renewal whose re-assessment no longer meets the standard. */
  | { readonly type: 'CANCEL'; readonly caseKind: 'CANCELLATION_FULL' | 'RENEWAL_EXPIRY' }
  /** A newer card was approved: renewal, migration, loss replacement, partial cancellation or change. */
  | { readonly type: 'SUPERSEDE'; readonly caseKind: SupersedingCaseKind };

/** A legal certificate transition and the rule that allows it. */
export interface CertificateTransition {
  readonly from: CertificateState;
  readonly to: CertificateState;
  readonly rule: RuleReference;
}

/** R21: what the original hukou county may do about a card whose holder moved without migrating it. */
export function unmigratedCardAction(
  hukouMovedOn: LocalDate,
  on: LocalDate,
): 'NONE' | 'MAY_FREEZE' | 'MAY_CANCEL' {
  // "超过半年 / 超过一年": strictly more than, so the day six months on is not yet enough.
  if (compareLocalDates(on, addYears(hukouMovedOn, 1)) > 0) return 'MAY_CANCEL';
  if (compareLocalDates(on, addMonths(hukouMovedOn, 6)) > 0) return 'MAY_FREEZE';
  return 'NONE';
}

/** The state after an event; IllegalTransitionError when the event is not allowed from `state`. */
export function nextCertificateState(
  state: CertificateState,
  event: CertificateEvent,
): CertificateTransition {
  const illegal = (rule: RuleReference, detail: string): never => {
    throw new IllegalTransitionError(rule, 'certificate', state, event.type, detail);
  };
  if (state === 'CANCELLED' || state === 'SUPERSEDED') {
    return illegal('R23', `a ${state.toLowerCase()} certificate takes no further events`);
  }
  switch (event.type) {
    case 'FREEZE_UNMIGRATED':
      if (state === 'FROZEN') return illegal('R21', 'the certificate is already frozen');
      requireUnmigratedFor(event, 'MAY_FREEZE');
      return { from: state, to: 'FROZEN', rule: 'R21' };
    case 'CANCEL_UNMIGRATED':
      requireUnmigratedFor(event, 'MAY_CANCEL');
      return { from: state, to: 'CANCELLED', rule: 'R21' };
    case 'CANCEL':
      // A frozen card can still be cancelled on the holder's own application, not by a renewal.
      if (state === 'FROZEN' && event.caseKind !== 'CANCELLATION_FULL') {
        return illegal('R21', 'a frozen certificate must be migrated before it can be renewed');
      }
      return {
        from: state,
        to: 'CANCELLED',
        rule: event.caseKind === 'CANCELLATION_FULL' ? 'R23' : 'R14',
      };
    case 'SUPERSEDE':
      // R21: the remedy for a frozen card is migration; every other replacement waits for it.
      if (state === 'FROZEN' && event.caseKind !== 'MIGRATION') {
        return illegal('R21', 'a frozen certificate must be migrated first');
      }
      return { from: state, to: 'SUPERSEDED', rule: supersedingRule(event.caseKind) };
  }
}

function requireUnmigratedFor(
  event: { readonly hukouMovedOn: LocalDate; readonly verifiedOn: LocalDate },
  needed: 'MAY_FREEZE' | 'MAY_CANCEL',
): void {
  const action = unmigratedCardAction(event.hukouMovedOn, event.verifiedOn);
  if (action === needed || action === 'MAY_CANCEL') return;
  const period = needed === 'MAY_FREEZE' ? 'six months' : 'one year';
  throw new DomainRuleViolation(
    'R21',
    'verifiedOn',
    'TOO_EARLY',
    `the hukou must have moved more than ${period} before ${event.verifiedOn}`,
  );
}

function supersedingRule(kind: SupersedingCaseKind): RuleReference {
  switch (kind) {
    case 'RENEWAL_EXPIRY':
      return 'R15';
    case 'RENEWAL_DAMAGED':
      return 'R16';
    case 'RENEWAL_DATA_UPDATE':
      return 'R17';
    case 'MIGRATION':
      return 'R18';
    case 'LOSS_REPLACEMENT':
      return 'R22';
    case 'CANCELLATION_PARTIAL':
      return 'R23';
    case 'CATEGORY_LEVEL_CHANGE':
      return 'R24';
  }
}
