import { addMonths, addYears, compareLocalDates, type LocalDate } from '../calendar/local-date';
import type { CaseKind } from '../case/case-kind';
import { DomainRuleViolation, IllegalTransitionError } from '../errors/domain-errors';
import type { RuleReference } from '../errors/rule-id';

/**
 * States of a certificate in its hukou county's register: in use, frozen (R21), reported lost
 * (R22), cancelled (R21/R23/R14), replaced by a newer card of this county (renewal, replacement,
 * change), or migrated out to the holder's new hukou county (R18/R19).
 */
export const CERTIFICATE_STATES = [
  'ACTIVE',
  'FROZEN',
  'REPORTED_LOST',
  'SUPERSEDED',
  'CANCELLED',
  'MIGRATED_OUT',
] as const;
export type CertificateState = (typeof CERTIFICATE_STATES)[number];

/** States after which a card takes no further event: it is no longer the holder's card here. */
export const FINAL_CERTIFICATE_STATES: readonly CertificateState[] = [
  'SUPERSEDED',
  'CANCELLED',
  'MIGRATED_OUT',
];

/**
 * Case kinds whose approval replaces the card with a newer one of the same county. Migration is
 * not one: the new card is printed by the destination county and the old one leaves (MIGRATE_OUT).
 */
export type SupersedingCaseKind = Exclude<CaseKind, 'NEW' | 'CANCELLATION_FULL' | 'MIGRATION'>;

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
  /** A newer card was approved: renewal, loss replacement, partial cancellation or change. */
  | { readonly type: 'SUPERSEDE'; readonly caseKind: SupersedingCaseKind }
  /** R22: the holder reported the card lost; it stays theirs until the replacement is printed. */
  | { readonly type: 'REPORT_LOST' }
  /** R18/R19: the destination county approved the migration and told this (original) county. */
  | { readonly type: 'MIGRATE_OUT' };

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
  if (FINAL_CERTIFICATE_STATES.includes(state)) {
    return illegal(
      state === 'MIGRATED_OUT' ? 'R19' : 'R23',
      `a ${state.toLowerCase().replace('_', ' ')} certificate takes no further events`,
    );
  }
  switch (event.type) {
    case 'FREEZE_UNMIGRATED':
      if (state === 'FROZEN') return illegal('R21', 'the certificate is already frozen');
      if (state === 'REPORTED_LOST') {
        return illegal('R21', 'a card reported lost is not in anyone’s hand to freeze');
      }
      requireUnmigratedFor(event, 'MAY_FREEZE');
      return { from: state, to: 'FROZEN', rule: 'R21' };
    case 'CANCEL_UNMIGRATED':
      requireUnmigratedFor(event, 'MAY_CANCEL');
      return { from: state, to: 'CANCELLED', rule: 'R21' };
    case 'CANCEL':
      // A frozen or lost card can still be cancelled on the holder's own application, not by a
      // renewal: the renewal's re-assessment (R14) needs the card in use.
      if (state !== 'ACTIVE' && event.caseKind !== 'CANCELLATION_FULL') {
        return illegal(
          state === 'FROZEN' ? 'R21' : 'R22',
          `a ${state === 'FROZEN' ? 'frozen' : 'lost'} certificate cannot be renewed`,
        );
      }
      return {
        from: state,
        to: 'CANCELLED',
        rule: event.caseKind === 'CANCELLATION_FULL' ? 'R23' : 'R14',
      };
    case 'SUPERSEDE':
      // R21: the remedy for a frozen card is migration; every replacement waits for it.
      if (state === 'FROZEN') return illegal('R21', 'a frozen certificate must be migrated first');
      // R22: a lost card is replaced by the loss replacement, nothing else.
      if (state === 'REPORTED_LOST' && event.caseKind !== 'LOSS_REPLACEMENT') {
        return illegal('R22', 'a certificate reported lost is replaced by a loss replacement');
      }
      return { from: state, to: 'SUPERSEDED', rule: supersedingRule(event.caseKind) };
    case 'REPORT_LOST':
      if (state !== 'ACTIVE') {
        return illegal(
          state === 'FROZEN' ? 'R21' : 'R22',
          state === 'FROZEN'
            ? 'a frozen certificate must be migrated first'
            : 'the certificate is already reported lost',
        );
      }
      return { from: state, to: 'REPORTED_LOST', rule: 'R22' };
    case 'MIGRATE_OUT':
      // R18/R19: migration is the remedy for a frozen card, and a lost card moves too (the
      // destination county prints the new one).
      return { from: state, to: 'MIGRATED_OUT', rule: 'R19' };
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
    case 'LOSS_REPLACEMENT':
      return 'R22';
    case 'CANCELLATION_PARTIAL':
      return 'R23';
    case 'CATEGORY_LEVEL_CHANGE':
      return 'R24';
  }
}
