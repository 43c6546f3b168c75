import { DomainRuleViolation } from '../errors/domain-errors';
import {
  addDays,
  datePartsOf,
  isLocalDate,
  isWeekend,
  localDate,
  type LocalDate,
} from './local-date';

/** One day named in a State Council holiday notice. */
export interface ScheduledDay {
  readonly date: LocalDate;
  /** Festival the day belongs to, e.g. '国庆节'. */
  readonly name: string;
}

/**
 * The State Council's holiday arrangement for one year (国务院办公厅关于某年部分节假日安排的通知):
 * days off (including weekend days inside a holiday period) and the make-up working weekend days
 * (调休上班). A year's notice may reach back to 29–31 December of the year before (the 2019 notice
 * made Saturday 2018-12-29 a working day), so those dates belong to the later year's schedule.
 */
export interface HolidaySchedule {
  readonly year: number;
  readonly holidays: readonly ScheduledDay[];
  readonly makeUpWorkdays: readonly ScheduledDay[];
  /** Where the schedule came from: a package and version, or a notice number. */
  readonly source: string;
}

/** First day of year Y−1 that Y's notice may still cover (observed 2004–2026: nothing before 29 Dec). */
export function scheduleReachStart(year: number): LocalDate {
  return localDate(year - 1, 12, 29);
}

/** Checks a schedule loaded from configuration; throws a DomainRuleViolation naming the bad day. */
export function validateHolidaySchedule(schedule: HolidaySchedule): HolidaySchedule {
  const field = `holidaySchedule[${schedule.year}]`;
  const start = scheduleReachStart(schedule.year);
  const end = addDays(localDate(schedule.year + 1, 1, 1), -1);
  const seen = new Set<string>();
  for (const [list, kind] of [
    [schedule.holidays, 'holiday'],
    [schedule.makeUpWorkdays, 'make-up workday'],
  ] as const) {
    for (const day of list) {
      if (!isLocalDate(day.date) || day.date < start || day.date > end) {
        throw new DomainRuleViolation(
          'WORKING_DAYS',
          field,
          'DATE_OUTSIDE_SCHEDULE_YEAR',
          `${kind} ${String(day.date)} is outside ${start}..${end}`,
        );
      }
      if (seen.has(day.date)) {
        throw new DomainRuleViolation(
          'WORKING_DAYS',
          field,
          'DUPLICATE_DAY',
          `${day.date} is listed twice`,
        );
      }
      seen.add(day.date);
      // 调休 only ever turns a weekend day into a working day; a weekday here is a data error.
      if (kind === 'make-up workday' && !isWeekend(day.date)) {
        throw new DomainRuleViolation(
          'WORKING_DAYS',
          field,
          'MAKE_UP_DAY_NOT_WEEKEND',
          `make-up workday ${day.date} is not a Saturday or Sunday`,
        );
      }
    }
  }
  return schedule;
}

/** Shape of chinese-days' dist/chinese-days.json: date → "English,中文,n". */
export interface ChineseDaysData {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

/**
 * Splits chinese-days' flat date maps into one schedule per notice year. A year counts as published
 * only when the data has days of it before December; late-December days go to the next year's notice.
 */
export function schedulesFromChineseDays(data: ChineseDaysData, source: string): HolidaySchedule[] {
  const byYear = new Map<
    number,
    { holidays: ScheduledDay[]; makeUpWorkdays: ScheduledDay[]; published: boolean }
  >();
  const add = (date: string, label: string, kind: 'holidays' | 'makeUpWorkdays'): void => {
    if (!isLocalDate(date)) {
      throw new DomainRuleViolation(
        'WORKING_DAYS',
        'chinese-days',
        'NOT_A_DATE',
        `bad date key "${date}"`,
      );
    }
    const { year, month, day } = datePartsOf(date);
    const lateDecember = month === 12 && day >= 29;
    const scheduleYear = lateDecember ? year + 1 : year;
    const entry = byYear.get(scheduleYear) ?? {
      holidays: [],
      makeUpWorkdays: [],
      published: false,
    };
    entry[kind].push({ date, name: label.split(',')[1] ?? label });
    if (!lateDecember) entry.published = true;
    byYear.set(scheduleYear, entry);
  };
  for (const [date, label] of Object.entries(data.holidays)) add(date, label, 'holidays');
  for (const [date, label] of Object.entries(data.workdays)) add(date, label, 'makeUpWorkdays');
  return [...byYear.entries()]
    .filter(([, entry]) => entry.published)
    .sort(([a], [b]) => a - b)
    .map(([year, entry]) =>
      validateHolidaySchedule({
        year,
        holidays: entry.holidays.sort((a, b) => a.date.localeCompare(b.date)),
        makeUpWorkdays: entry.makeUpWorkdays.sort((a, b) => a.date.localeCompare(b.date)),
        source,
      }),
    );
}
