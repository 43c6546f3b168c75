import fc from 'fast-check';
import { captureError } from '../__tests__/capture-error';
import { DomainRuleViolation, UnknownHolidayScheduleError } from '../errors/domain-errors';
import { CHINA_HOLIDAY_SCHEDULES } from './china-holidays';
import { CHINA_WORKING_DAY_CALENDAR as calendar } from './deadlines';
import {
  schedulesFromChineseDays,
  validateHolidaySchedule,
  type HolidaySchedule,
} from './holiday-schedule';
import { addDays, fromEpochDay, parseLocalDate, toEpochDay, type LocalDate } from './local-date';
import { WorkingDayCalendar } from './working-day-calendar';

const d = (value: string): LocalDate => parseLocalDate(value);

/** A made-up 2027 schedule for tests only: NOT the State Council's notice. */
const FIXTURE_2027: HolidaySchedule = {
  year: 2027,
  holidays: [
    { date: d('2027-01-01'), name: '元旦' },
    { date: d('2027-01-02'), name: '元旦' },
    { date: d('2027-01-03'), name: '元旦' },
  ],
  makeUpWorkdays: [],
  source: 'test fixture',
};

describe('WorkingDayCalendar (chinese-days)', () => {
  it('WORKING_DAYS: the bundled data covers 2020–2026 and not 2027', () => {
    for (let year = 2020; year <= 2026; year += 1) expect(calendar.coversYear(year)).toBe(true);
    expect(calendar.coversYear(2027)).toBe(false);
    expect(calendar.coveredYears()[0]).toBe(2004);
    expect(CHINA_HOLIDAY_SCHEDULES[0]?.source).toMatch(/^npm chinese-days@\d/);
  });

  it.each([
    ['2026-10-01', 'HOLIDAY', false, '国庆节'],
    ['2026-10-03', 'HOLIDAY', false, '国庆节'],
    ['2026-10-10', 'MAKE_UP_WORKDAY', true, '国庆节'],
    ['2026-09-20', 'MAKE_UP_WORKDAY', true, '国庆节'],
    ['2026-02-14', 'MAKE_UP_WORKDAY', true, '春节'],
    ['2026-10-08', 'WORKDAY', true, undefined],
    ['2026-10-17', 'WEEKEND', false, undefined],
    ['2020-01-31', 'HOLIDAY', false, '春节'],
    ['2018-12-29', 'MAKE_UP_WORKDAY', true, '元旦'],
  ])('WORKING_DAYS: %s is %s (working: %s)', (value, kind, working, name) => {
    const info = calendar.dayInfo(d(value));
    expect(info).toMatchObject({ kind, working, scheduleKnown: true });
    expect(info.holidayName).toBe(name);
    expect(calendar.isWorkingDay(d(value))).toBe(working);
  });

  it.each([
    [
      '2026-09-30',
      3,
      '2026-10-10',
      'DESIGN example: national-day week, ends on a make-up Saturday',
    ],
    ['2026-02-12', 7, '2026-02-28', 'across Spring Festival with two make-up Saturdays'],
    ['2026-04-30', 3, '2026-05-08', 'across Labour Day'],
    ['2025-09-26', 10, '2025-10-16', 'across the 2025 national-day/mid-autumn week'],
    ['2020-01-23', 3, '2020-02-05', 'across the 2020 extended Spring Festival'],
    ['2026-03-07', 3, '2026-03-11', 'an event on a Saturday: counting starts on Monday'],
    ['2026-03-09', 1, '2026-03-10', 'the event day itself never counts'],
    ['2026-03-09', 0, '2026-03-09', 'zero days is the event day'],
  ])('WORKING_DAYS: %s + %i working days = %s (%s)', (from, n, to) => {
    expect(calendar.addWorkingDays(d(from), n)).toEqual({
      value: to,
      provisional: false,
      unknownYears: [],
    });
    expect(calendar.addWorkingDaysStrict(d(from), n)).toBe(to);
    expect(calendar.countWorkingDaysStrict(d(from), d(to))).toBe(n);
  });

  it('WORKING_DAYS: counting is zero when the end is not after the start', () => {
    expect(calendar.countWorkingDaysStrict(d('2026-03-10'), d('2026-03-10'))).toBe(0);
    expect(calendar.countWorkingDaysStrict(d('2026-03-10'), d('2026-03-01'))).toBe(0);
  });

  it('WORKING_DAYS: a negative or fractional count is a programming error', () => {
    expect(() => calendar.addWorkingDays(d('2026-03-10'), -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(d('2026-03-10'), 1.5)).toThrow(RangeError);
  });

  it('WORKING_DAYS: a day in a year with no loaded schedule is refused, not guessed', () => {
    expect(calendar.dayInfo(d('2027-03-01'))).toMatchObject({
      scheduleKnown: false,
      kind: 'WORKDAY',
    });
    expect(() => calendar.isWorkingDay(d('2027-03-01'))).toThrow(UnknownHolidayScheduleError);
    expect(() => calendar.isWorkingDay(d('2027-03-01'))).toThrow(/2027/);
  });

  it("WORKING_DAYS: 29–31 December depend on the next year's notice (2019 made 2018-12-29 a working Saturday)", () => {
    expect(calendar.dayInfo(d('2026-12-28')).scheduleKnown).toBe(true);
    expect(calendar.dayInfo(d('2026-12-29')).scheduleKnown).toBe(false);
    const error = captureError(() => calendar.isWorkingDay(d('2026-12-31')));
    expect(error).toBeInstanceOf(UnknownHolidayScheduleError);
    expect(error).toMatchObject({ year: 2027, rule: 'WORKING_DAYS' });
  });

  it('WORKING_DAYS: a period reaching an unknown year is provisional (weekends only) or refused in strict mode', () => {
    const outcome = calendar.addWorkingDays(d('2026-12-24'), 7);
    expect(outcome).toEqual({ value: '2027-01-04', provisional: true, unknownYears: [2027] });
    expect(() => calendar.addWorkingDaysStrict(d('2026-12-24'), 7)).toThrow(
      UnknownHolidayScheduleError,
    );
    expect(calendar.countWorkingDays(d('2026-12-24'), d('2027-01-04'))).toEqual({
      value: 7,
      provisional: true,
      unknownYears: [2027],
    });
    expect(() => calendar.countWorkingDaysStrict(d('2026-12-24'), d('2027-01-04'))).toThrow(
      UnknownHolidayScheduleError,
    );
  });

  it('WORKING_DAYS: a year before the data is reported as that year', () => {
    expect(calendar.addWorkingDays(d('2003-06-02'), 1)).toMatchObject({
      provisional: true,
      unknownYears: [2003],
    });
  });

  it("WORKING_DAYS: loading the next year's schedule turns the provisional answer into a firm one", () => {
    const loaded = calendar.withSchedule(FIXTURE_2027);
    expect(loaded.coversYear(2027)).toBe(true);
    expect(calendar.coversYear(2027)).toBe(false);
    // 2026-12-25 Fri, 28 Mon, 29, 30, 31, then 1–3 January off in the fixture, 4 Mon, 5 Tue.
    expect(loaded.addWorkingDays(d('2026-12-24'), 7)).toEqual({
      value: '2027-01-05',
      provisional: false,
      unknownYears: [],
    });
  });

  it('WORKING_DAYS: reloading a year replaces its days instead of merging them', () => {
    const first = WorkingDayCalendar.fromSchedules([FIXTURE_2027]);
    const replaced = first.withSchedule({
      ...FIXTURE_2027,
      holidays: [{ date: d('2027-01-01'), name: '元旦' }],
    });
    expect(first.dayInfo(d('2027-01-02')).kind).toBe('HOLIDAY');
    expect(replaced.dayInfo(d('2027-01-02')).kind).toBe('WEEKEND');
  });

  it('WORKING_DAYS: adding then counting working days is the identity (property)', () => {
    const start = toEpochDay(d('2020-01-01'));
    const end = toEpochDay(d('2026-11-30'));
    fc.assert(
      fc.property(
        fc.integer({ min: start, max: end - 60 }),
        fc.integer({ min: 0, max: 25 }),
        (day, n) => {
          const from = fromEpochDay(day);
          const due = calendar.addWorkingDaysStrict(from, n);
          expect(calendar.countWorkingDaysStrict(from, due)).toBe(n);
          if (n > 0) {
            expect(calendar.isWorkingDay(due)).toBe(true);
            // The day before the due date has strictly fewer working days.
            expect(calendar.countWorkingDaysStrict(from, addDays(due, -1))).toBe(n - 1);
          }
        },
      ),
    );
  });

  it('WORKING_DAYS: counting to any date then adding back never passes that date (property)', () => {
    const start = toEpochDay(d('2020-01-01'));
    const end = toEpochDay(d('2026-11-30'));
    fc.assert(
      fc.property(
        fc.integer({ min: start, max: end - 60 }),
        fc.integer({ min: 0, max: 60 }),
        (day, span) => {
          const from = fromEpochDay(day);
          const to = addDays(from, span);
          const count = calendar.countWorkingDaysStrict(from, to);
          const back = calendar.addWorkingDaysStrict(from, count);
          expect(back <= to).toBe(true);
          if (span > 0 && calendar.isWorkingDay(to)) expect(back).toBe(to);
        },
      ),
    );
  });
});

describe('holiday schedules', () => {
  const base = { year: 2027, holidays: [], makeUpWorkdays: [], source: 'test' };

  it.each([
    [
      { ...base, makeUpWorkdays: [{ date: d('2027-03-03'), name: 'x' }] },
      'MAKE_UP_DAY_NOT_WEEKEND',
    ],
    [
      {
        ...base,
        holidays: [
          { date: d('2027-01-01'), name: 'x' },
          { date: d('2027-01-01'), name: 'x' },
        ],
      },
      'DUPLICATE_DAY',
    ],
    [{ ...base, holidays: [{ date: d('2026-12-28'), name: 'x' }] }, 'DATE_OUTSIDE_SCHEDULE_YEAR'],
    [{ ...base, holidays: [{ date: d('2028-01-01'), name: 'x' }] }, 'DATE_OUTSIDE_SCHEDULE_YEAR'],
    [
      { ...base, holidays: [{ date: '2027-02-30' as LocalDate, name: 'x' }] },
      'DATE_OUTSIDE_SCHEDULE_YEAR',
    ],
  ])('WORKING_DAYS: a schedule loaded from configuration is checked (%#)', (schedule, code) => {
    const error = captureError(() => validateHolidaySchedule(schedule));
    expect(error).toBeInstanceOf(DomainRuleViolation);
    expect(error).toMatchObject({ code, rule: 'WORKING_DAYS', field: 'holidaySchedule[2027]' });
  });

  it('WORKING_DAYS: a late-December day goes to the next notice, and a year seen only there is not published', () => {
    const schedules = schedulesFromChineseDays(
      {
        holidays: { '2026-10-01': 'National Day,国庆节,3', '2026-12-31': "New Year's Day,元旦,1" },
        workdays: { '2026-10-10': 'National Day,国庆节,3' },
      },
      'test',
    );
    expect(schedules.map((s) => s.year)).toEqual([2026]);
    expect(schedules[0]?.makeUpWorkdays).toEqual([{ date: '2026-10-10', name: '国庆节' }]);
  });

  it('WORKING_DAYS: a malformed date key in the data package is refused', () => {
    expect(() =>
      schedulesFromChineseDays({ holidays: { '2026-1-1': 'x' }, workdays: {} }, 'test'),
    ).toThrow(DomainRuleViolation);
  });
});
