import fc from 'fast-check';
import { captureError } from '../__tests__/capture-error';
import { DomainRuleViolation } from '../errors/domain-errors';
import {
  addDays,
  addMonths,
  addYears,
  anniversaryOf,
  chinaLocalDateOf,
  compareLocalDates,
  daysBetween,
  fromEpochDay,
  fullYearsBetween,
  isLocalDate,
  isoDayOfWeek,
  isWeekend,
  localDate,
  parseLocalDate,
  toEpochDay,
} from './local-date';

const d = (value: string) => parseLocalDate(value);

describe('LocalDate', () => {
  it.each(['2026-09-30', '2024-02-29', '2000-02-29', '1970-01-01'])(
    'ISO 8601: %s parses to itself',
    (value) => {
      expect(parseLocalDate(value)).toBe(value);
      expect(isLocalDate(value)).toBe(true);
    },
  );

  it.each([
    ['2025-02-29', 'NOT_A_DATE'],
    ['1900-02-29', 'NOT_A_DATE'],
    ['2026-13-01', 'NOT_A_DATE'],
    ['2026-9-30', 'NOT_A_DATE'],
    ['2026-09-30T00:00:00+08:00', 'NOT_A_DATE'],
    ['', 'NOT_A_DATE'],
  ])('ISO 8601: %s is rejected with a field-named error', (value, code) => {
    const error = captureError(() => parseLocalDate(value, 'applicationDate'));
    expect(error).toBeInstanceOf(DomainRuleViolation);
    expect(error).toMatchObject({ code, field: 'applicationDate', rule: 'ISO 8601' });
    expect(isLocalDate(value)).toBe(false);
  });

  it('ISO 8601: non-strings are not dates', () => {
    expect(isLocalDate(20260930)).toBe(false);
    expect(() => localDate(2026, 1.5, 1)).toThrow(DomainRuleViolation);
    expect(() => localDate(0, 1, 1)).toThrow(DomainRuleViolation);
  });

  it('ISO 8601: an instant maps to the China (UTC+8) calendar day, whatever the server zone', () => {
    expect(chinaLocalDateOf(new Date('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
    expect(chinaLocalDateOf(new Date('2026-09-30T16:00:00Z'))).toBe('2026-10-01');
  });

  it.each([
    ['2026-09-30', 3, 'Wednesday'],
    ['2026-10-01', 4, 'Thursday'],
    ['2026-10-10', 6, 'Saturday'],
    ['2026-10-11', 7, 'Sunday'],
    ['1969-12-29', 1, 'Monday'],
  ])('WORKING_DAYS: %s is ISO weekday %i (%s)', (value, weekday) => {
    expect(isoDayOfWeek(d(value))).toBe(weekday);
    expect(isWeekend(d(value))).toBe(weekday >= 6);
  });

  it.each([
    ['2024-08-31', 6, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-15', -6, '2025-09-15'],
  ])('R21: %s plus %i months is %s (missing days clamp to month end)', (from, months, to) => {
    expect(addMonths(d(from), months)).toBe(to);
  });

  it.each([
    ['2024-02-29', 10, '2034-03-01'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2023-03-01', 1, '2024-03-01'],
    ['2016-05-10', 10, '2026-05-10'],
  ])(
    'R13: the anniversary of %s after %i years is %s (29 February → 1 March in a common year)',
    (from, years, to) => {
      expect(anniversaryOf(d(from), years)).toBe(to);
      expect(fullYearsBetween(d(from), d(to))).toBe(years);
    },
  );

  it('R13: adding years keeps the day and clamps 29 February', () => {
    expect(addYears(d('2016-05-10'), 10)).toBe('2026-05-10');
    expect(addYears(d('2016-02-29'), 9)).toBe('2025-02-28');
  });

  it.each([
    ['2008-11-29', '2026-11-28', 17],
    ['2008-11-29', '2026-11-29', 18],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2028-02-29', 20],
  ])('R10: born %s, on %s the person is %i full years old', (birth, on, years) => {
    expect(fullYearsBetween(d(birth), d(on))).toBe(years);
  });

  it('WORKING_DAYS: epoch-day conversion round-trips and orders dates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30_000, max: 60_000 }),
        fc.integer({ min: -400, max: 400 }),
        (day, delta) => {
          const date = fromEpochDay(day);
          expect(toEpochDay(date)).toBe(day);
          const later = addDays(date, delta);
          expect(daysBetween(date, later)).toBe(delta);
          expect(Math.sign(compareLocalDates(later, date))).toBe(Math.sign(delta));
        },
      ),
    );
  });
});
