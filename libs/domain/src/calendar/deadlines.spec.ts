import { captureError } from '../__tests__/capture-error';
import { UnknownHolidayScheduleError } from '../errors/domain-errors';
import {
  CHINA_WORKING_DAY_CALENDAR,
  deadlineFor,
  deadlineForStrict,
  DEFAULT_PUBLICITY_WORKING_DAYS,
  isOverdue,
  publicityEndsOn,
  recomputeDeadline,
  TIME_LIMITS,
  type TimeLimitRule,
} from './deadlines';
import { parseLocalDate } from './local-date';

const d = parseLocalDate;

describe('deadlines R25–R27', () => {
  it('R25/R26/R27: the time limits are 3, 10 and 7 working days', () => {
    expect([
      TIME_LIMITS.R25.workingDays,
      TIME_LIMITS.R26.workingDays,
      TIME_LIMITS.R27.workingDays,
    ]).toEqual([3, 10, 7]);
  });

  it.each<[TimeLimitRule, string, string]>([
    ['R25', '2026-09-30', '2026-10-10'],
    ['R25', '2026-04-30', '2026-05-08'],
    ['R26', '2025-09-26', '2025-10-16'],
    ['R26', '2026-02-10', '2026-03-02'], // two make-up Saturdays around Spring Festival
    ['R27', '2026-02-12', '2026-02-28'],
    ['R27', '2021-09-17', '2021-09-28'], // make-up 2021-09-18 (Sat) and 09-26 (Sun)
  ])('%s: triggered on %s, due at the end of %s', (rule, triggered, due) => {
    expect(deadlineFor(rule, d(triggered))).toEqual({
      rule,
      triggeredOn: triggered,
      dueOn: due,
      provisional: false,
      unknownYears: [],
    });
    expect(deadlineForStrict(rule, d(triggered))).toBe(due);
  });

  it('R27: a deadline reaching an unpublished year is provisional, or refused in strict mode', () => {
    const provisional = deadlineFor('R27', d('2026-12-24'));
    expect(provisional).toMatchObject({
      provisional: true,
      unknownYears: [2027],
      dueOn: '2027-01-04',
    });
    const error = captureError(() => deadlineForStrict('R27', d('2026-12-24')));
    expect(error).toBeInstanceOf(UnknownHolidayScheduleError);
    expect(error).toMatchObject({ year: 2027 });
  });

  it('R27: a provisional deadline is recomputed once the year is loaded', () => {
    const provisional = deadlineFor('R27', d('2026-12-24'));
    // Test fixture for 2027 (not the State Council's notice): 1–3 January off.
    const loaded = CHINA_WORKING_DAY_CALENDAR.withSchedule({
      year: 2027,
      holidays: ['2027-01-01', '2027-01-02', '2027-01-03'].map((date) => ({
        date: d(date),
        name: '元旦',
      })),
      makeUpWorkdays: [],
      source: 'test fixture',
    });
    expect(recomputeDeadline(provisional, loaded)).toMatchObject({
      provisional: false,
      dueOn: '2027-01-05',
    });
  });

  it.each([
    ['2026-10-10', false],
    ['2026-10-11', true],
  ])('R25: on %s the 2026-10-10 deadline is overdue: %s', (on, overdue) => {
    expect(isOverdue({ dueOn: d('2026-10-10') }, d(on))).toBe(overdue);
  });

  it('R10: publicity lasts 5 working days by default and is a per-county setting', () => {
    expect(DEFAULT_PUBLICITY_WORKING_DAYS).toBe(5);
    expect(publicityEndsOn(d('2026-09-28'))).toEqual({
      value: '2026-10-10',
      provisional: false,
      unknownYears: [],
    });
    expect(publicityEndsOn(d('2026-09-28'), 7).value).toBe('2026-10-13');
  });
});
