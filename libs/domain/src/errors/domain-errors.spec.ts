import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { captureError } from '../__tests__/capture-error';
import {
  DomainError,
  DomainRuleViolation,
  IllegalTransitionError,
  UnknownHolidayScheduleError,
} from './domain-errors';
import { RULE_IDS, STANDARD_IDS } from './rule-id';

/** Rules of DESIGN.md §2 that are pure decisions the domain makes (the rest are process, infrastructure or configuration). */
const PURE_DECISION_RULES = [
  'R1',
  'R3',
  'R5',
  'R7',
  'R9',
  'R10',
  'R11',
  'R12',
  'R13',
  'R14',
  'R15',
  'R16',
  'R17',
  'R18',
  'R19',
  'R20',
  'R21',
  'R22',
  'R23',
  'R24',
  'R25',
  'R26',
  'R27',
  'R28',
  'R31',
];

function specFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return specFiles(path);
    return name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('domain errors', () => {
  it('R3: a violation names its field and rule in the message', () => {
    const error = new DomainRuleViolation(
      'R7',
      'applicationDate',
      'CANCELLED_WITHIN_A_YEAR',
      'cancelled on 2026-03-01',
    );
    expect(error.message).toBe('applicationDate: cancelled on 2026-03-01 (R7)');
    expect(error).toBeInstanceOf(DomainError);
    expect(error.name).toBe('DomainRuleViolation');
  });

  it('R11: an illegal transition names the machine, state and event', () => {
    const error = new IllegalTransitionError('R11', 'case NEW', 'SUBMITTED', 'APPROVE');
    expect(error.message).toBe('case NEW: APPROVE is not allowed from SUBMITTED (R11)');
    expect(
      new IllegalTransitionError('R11', 'case NEW', 'SUBMITTED', 'APPROVE', 'why').message,
    ).toContain(' — why');
  });

  it('R25: an unknown holiday year is its own error with the year', () => {
    const error = new UnknownHolidayScheduleError(2027);
    expect(error).toMatchObject({
      year: 2027,
      rule: 'WORKING_DAYS',
      name: 'UnknownHolidayScheduleError',
    });
  });

  it('R1: rule ids run R1–R35 and standards are listed', () => {
    expect(RULE_IDS).toHaveLength(35);
    expect(RULE_IDS[34]).toBe('R35');
    expect(STANDARD_IDS).toContain('GB 11643-1999');
  });

  it('R3: every pure-decision rule has a test that cites it', () => {
    const cited = new Set<string>();
    for (const file of specFiles(join(__dirname, '..'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bR(\d{1,2})\b/g))
        cited.add(`R${match[1]}`);
    }
    expect(PURE_DECISION_RULES.filter((rule) => !cited.has(rule))).toEqual([]);
  });

  it('R3: the test helper insists on an error', () => {
    expect(() => captureError(() => undefined)).toThrow('expected an error to be thrown');
  });
});
