import { addDays, anniversaryOf, compareLocalDates, type LocalDate } from '../calendar/local-date';
import { DomainRuleViolation } from '../errors/domain-errors';
import type { CaseKind } from '../case/case-kind';

/** R13: a certificate is valid for 10 years. */
export const VALIDITY_YEARS = 10;
/** R13: expiry renewal may be filed once 9 years of validity have passed. */
export const RENEWAL_OPENS_AFTER_YEARS = 9;

/** Validity of a card: from its start date to the day before the tenth anniversary, inclusive. */
export interface Validity {
  readonly validFrom: LocalDate;
  readonly validThrough: LocalDate;
}

/**
 * R13: the validity of a card whose validity starts on `validFrom`: through the day before the
 * tenth anniversary. From 29 February that anniversary is 1 March in a common year, so the card
 * is valid through 28 February (2024-02-29 → 2034-02-28), as the Civil Code art. 202 also reads
 * a period with no corresponding day (it ends on the last day of the month).
 */
export function validityFrom(validFrom: LocalDate): Validity {
  return { validFrom, validThrough: addDays(anniversaryOf(validFrom, VALIDITY_YEARS), -1) };
}

/** R13: true while the card is within its validity on `on`. */
export function isValidOn(validity: Validity, on: LocalDate): boolean {
  return (
    compareLocalDates(on, validity.validFrom) >= 0 &&
    compareLocalDates(on, validity.validThrough) <= 0
  );
}

/** R13: first day an expiry renewal may be filed: the ninth anniversary of the validity start (9 full years). */
export function expiryRenewalOpensOn(validFrom: LocalDate): LocalDate {
  return anniversaryOf(validFrom, RENEWAL_OPENS_AFTER_YEARS);
}

/**
 * The validity start of the card a case prints. R15: an expiry renewal starts on H's issue date;
 * R16: a damaged-card renewal keeps the old start. Where the circular is silent the choice is what
 * a clerk expects: a card that follows a new assessment (new, category/level change) starts on its
 * issue date; a card that only replaces the old one (loss, data update, migration, partial
 * cancellation) keeps the old start, so a replacement never lengthens validity.
 */
export function validityStartForNewCard(
  kind: CaseKind,
  dates: { readonly issuedOn: LocalDate; readonly previousValidFrom?: LocalDate },
): LocalDate {
  switch (kind) {
    case 'NEW':
    case 'CATEGORY_LEVEL_CHANGE':
    case 'RENEWAL_EXPIRY':
      return dates.issuedOn;
    case 'RENEWAL_DAMAGED':
    case 'RENEWAL_DATA_UPDATE':
    case 'MIGRATION':
    case 'LOSS_REPLACEMENT':
    case 'CANCELLATION_PARTIAL':
      if (dates.previousValidFrom === undefined) {
        throw new DomainRuleViolation(
          kind === 'RENEWAL_DAMAGED' ? 'R16' : 'R13',
          'previousValidFrom',
          'REQUIRED',
          `${kind} keeps the old card's validity start, which is missing`,
        );
      }
      return dates.previousValidFrom;
    case 'CANCELLATION_FULL':
      throw new DomainRuleViolation(
        'R23',
        'kind',
        'NO_CARD_PRINTED',
        'a full cancellation prints no card',
      );
  }
}
