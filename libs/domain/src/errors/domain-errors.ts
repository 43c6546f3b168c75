import type { RuleReference } from './rule-id';

/** Base of every error the domain raises, so callers can map the whole family to 4xx at once. */
export abstract class DomainError extends Error {
  abstract readonly rule: RuleReference;
}

/**
 * Bad input or a broken rule: names the rule, the offending field and a stable machine code, so a
 * service can answer "idNumber: check character mismatch (GB 11643-1999)" and change nothing.
 */
export class DomainRuleViolation extends DomainError {
  override readonly name = 'DomainRuleViolation';

  constructor(
    readonly rule: RuleReference,
    readonly field: string,
    readonly code: string,
    message: string,
  ) {
    super(`${field}: ${message} (${rule})`);
  }
}

/** A case or certificate event that is not legal from the current state (issue 3 item 5). */
export class IllegalTransitionError extends DomainError {
  override readonly name = 'IllegalTransitionError';

  constructor(
    readonly rule: RuleReference,
    readonly machine: string,
    readonly from: string,
    readonly event: string,
    detail?: string,
  ) {
    super(
      `${machine}: ${event} is not allowed from ${from}${detail === undefined ? '' : ` — ${detail}`} (${rule})`,
    );
  }
}

/**
 * A working-day computation needed a year whose State Council holiday schedule is not loaded:
 * computing it from weekends alone would silently give a wrong deadline (DESIGN §2 time limits).
 */
export class UnknownHolidayScheduleError extends DomainError {
  override readonly name = 'UnknownHolidayScheduleError';
  readonly rule = 'WORKING_DAYS' as const;

  constructor(readonly year: number) {
    super(
      `the State Council holiday schedule for ${year} is not loaded; load it or accept a provisional result (WORKING_DAYS)`,
    );
  }
}
