import { addYears, compareLocalDates, type LocalDate } from '../calendar/local-date';
import { expiryRenewalOpensOn } from '../certificate/validity';
import { DomainRuleViolation } from '../errors/domain-errors';

/** A supervisor's recorded decision to set a rule aside (R7 "in principle"). */
export interface SupervisorOverride {
  readonly supervisorId: string;
  readonly reason: string;
}

/**
 * R7: a certificate cancelled less than one year before the application blocks a new one, unless
 * a supervisor overrides with a recorded reason.
 */
export function checkReapplicationAfterCancellation(input: {
  readonly cancelledOn: LocalDate | undefined;
  readonly applicationDate: LocalDate;
  readonly override?: SupervisorOverride;
}): DomainRuleViolation | undefined {
  if (input.cancelledOn === undefined) return undefined;
  const allowedFrom = addYears(input.cancelledOn, 1);
  if (compareLocalDates(input.applicationDate, allowedFrom) >= 0) return undefined;
  const { override } = input;
  if (override !== undefined) {
    if (override.supervisorId.trim() === '')
      return new DomainRuleViolation(
        'R7',
        'override.supervisorId',
        'REQUIRED',
        'the overriding supervisor must be named',
      );
    if (override.reason.trim() === '')
      return new DomainRuleViolation(
        'R7',
        'override.reason',
        'REQUIRED',
        'the override needs a recorded reason',
      );
    return undefined;
  }
  return new DomainRuleViolation(
    'R7',
    'applicationDate',
    'CANCELLED_WITHIN_A_YEAR',
    `the previous certificate was cancelled on ${input.cancelledOn}; a new application is possible from ${allowedFrom} unless a supervisor overrides`,
  );
}

/** R13: an expiry renewal may be filed once 9 years of the card's validity have passed. */
export function checkExpiryRenewalTiming(input: {
  readonly validFrom: LocalDate;
  readonly applicationDate: LocalDate;
}): DomainRuleViolation | undefined {
  const opensOn = expiryRenewalOpensOn(input.validFrom);
  if (compareLocalDates(input.applicationDate, opensOn) >= 0) return undefined;
  return new DomainRuleViolation(
    'R13',
    'applicationDate',
    'RENEWAL_TOO_EARLY',
    `expiry renewal opens on ${opensOn}`,
  );
}

/** R28: the first day a collected old card may be destroyed (in a batch, one full year after collection). */
export function oldCardDestructionDueOn(collectedOn: LocalDate): LocalDate {
  return addYears(collectedOn, 1);
}

/** R28: true when a card collected on `collectedOn` may be destroyed in a batch run on `on`. */
export function isOldCardDestructionDue(collectedOn: LocalDate, on: LocalDate): boolean {
  return compareLocalDates(on, oldCardDestructionDueOn(collectedOn)) >= 0;
}
