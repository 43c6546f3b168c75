import { UnknownHolidayScheduleError } from '../errors/domain-errors';
import {
  addDays,
  compareLocalDates,
  datePartsOf,
  isWeekend,
  yearOf,
  type LocalDate,
} from './local-date';
import { validateHolidaySchedule, type HolidaySchedule } from './holiday-schedule';

/** How a day counts: an ordinary workday or weekend, a holiday, or a make-up working weekend day (调休). */
export type DayKind = 'WORKDAY' | 'WEEKEND' | 'HOLIDAY' | 'MAKE_UP_WORKDAY';

/** What the calendar knows about one day. */
export interface DayInfo {
  readonly date: LocalDate;
  readonly kind: DayKind;
  readonly working: boolean;
  /** False when the State Council schedule covering the day is not loaded: `kind` is then weekends-only. */
  readonly scheduleKnown: boolean;
  readonly holidayName?: string;
}

/**
 * A working-day result. `provisional` is true when a day it depends on lies in a year whose schedule
 * is not loaded: the date was computed from weekends alone and must be recomputed once it is.
 */
export interface WorkingDayResult<T> {
  readonly value: T;
  readonly provisional: boolean;
  /** Schedule years that were missing (empty when not provisional). */
  readonly unknownYears: readonly number[];
}

interface Entry {
  readonly kind: 'HOLIDAY' | 'MAKE_UP_WORKDAY';
  readonly name: string;
}

/**
 * The State Council working-day calendar: weekdays work, weekends rest, except the holidays and
 * make-up working days of each loaded year. Immutable: `withSchedule` returns a new calendar.
 */
export class WorkingDayCalendar {
  private constructor(
    private readonly entries: ReadonlyMap<string, Entry>,
    private readonly years: ReadonlySet<number>,
  ) {}

  /** A calendar from whole-year schedules (later schedules for the same year replace earlier ones). */
  static fromSchedules(schedules: readonly HolidaySchedule[]): WorkingDayCalendar {
    return schedules.reduce(
      (calendar, schedule) => calendar.withSchedule(schedule),
      new WorkingDayCalendar(new Map(), new Set()),
    );
  }

  /** A new calendar with one year's schedule added or replaced, e.g. 2027 from configuration once published. */
  withSchedule(schedule: HolidaySchedule): WorkingDayCalendar {
    validateHolidaySchedule(schedule);
    const entries = new Map(this.entries);
    for (const date of [...entries.keys()]) {
      if (this.scheduleYearOf(date as LocalDate) === schedule.year) entries.delete(date);
    }
    for (const day of schedule.holidays) entries.set(day.date, { kind: 'HOLIDAY', name: day.name });
    for (const day of schedule.makeUpWorkdays)
      entries.set(day.date, { kind: 'MAKE_UP_WORKDAY', name: day.name });
    return new WorkingDayCalendar(entries, new Set([...this.years, schedule.year]));
  }

  /** Schedule years loaded, ascending. */
  coveredYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  /** True when the schedule of that year is loaded. */
  coversYear(year: number): boolean {
    return this.years.has(year);
  }

  /** The notice year that must be loaded before this day is known; undefined when it is known. */
  missingScheduleYear(date: LocalDate): number | undefined {
    const own = yearOf(date);
    if (!this.coversYear(own)) return own;
    const scheduleYear = this.scheduleYearOf(date);
    return this.coversYear(scheduleYear) ? undefined : scheduleYear;
  }

  /** Kind of a day and whether its schedule is known. */
  dayInfo(date: LocalDate): DayInfo {
    const scheduleKnown = this.missingScheduleYear(date) === undefined;
    const entry = this.entries.get(date);
    if (entry !== undefined) {
      return {
        date,
        kind: entry.kind,
        working: entry.kind === 'MAKE_UP_WORKDAY',
        scheduleKnown,
        holidayName: entry.name,
      };
    }
    const weekend = isWeekend(date);
    return { date, kind: weekend ? 'WEEKEND' : 'WORKDAY', working: !weekend, scheduleKnown };
  }

  /** True when the day is a working day; throws UnknownHolidayScheduleError when its year is not loaded. */
  isWorkingDay(date: LocalDate): boolean {
    const missing = this.missingScheduleYear(date);
    if (missing !== undefined) throw new UnknownHolidayScheduleError(missing);
    return this.dayInfo(date).working;
  }

  /**
   * The end of the Nth working day after `from` (DESIGN §2: the day of the event does not count).
   * n = 0 gives `from` itself. Provisional when any day looked at lies in an unloaded year.
   */
  addWorkingDays(from: LocalDate, n: number): WorkingDayResult<LocalDate> {
    assertCount(n);
    const unknown = new Set<number>();
    let date = from;
    let counted = 0;
    while (counted < n) {
      date = addDays(date, 1);
      const info = this.dayInfo(date);
      const missing = this.missingScheduleYear(date);
      if (missing !== undefined) unknown.add(missing);
      if (info.working) counted += 1;
    }
    return result(date, unknown);
  }

  /** Like addWorkingDays but throws UnknownHolidayScheduleError instead of answering provisionally. */
  addWorkingDaysStrict(from: LocalDate, n: number): LocalDate {
    return strict(this.addWorkingDays(from, n));
  }

  /**
   * Working days d with from < d ≤ to (the inverse of addWorkingDays: counting from an event to the
   * Nth working day after it gives N). Zero when `to` is not after `from`.
   */
  countWorkingDays(from: LocalDate, to: LocalDate): WorkingDayResult<number> {
    const unknown = new Set<number>();
    let count = 0;
    for (let date = addDays(from, 1); compareLocalDates(date, to) <= 0; date = addDays(date, 1)) {
      const info = this.dayInfo(date);
      const missing = this.missingScheduleYear(date);
      if (missing !== undefined) unknown.add(missing);
      if (info.working) count += 1;
    }
    return result(count, unknown);
  }

  /** Like countWorkingDays but throws UnknownHolidayScheduleError instead of answering provisionally. */
  countWorkingDaysStrict(from: LocalDate, to: LocalDate): number {
    return strict(this.countWorkingDays(from, to));
  }

  /** The notice year that decides a date: late December belongs to the next year's notice. */
  private scheduleYearOf(date: LocalDate): number {
    const { year, month, day } = datePartsOf(date);
    return month === 12 && day >= 29 ? year + 1 : year;
  }
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`working-day count must be a non-negative integer, got ${n}`);
  }
}

function result<T>(value: T, unknown: ReadonlySet<number>): WorkingDayResult<T> {
  return { value, provisional: unknown.size > 0, unknownYears: [...unknown].sort((a, b) => a - b) };
}

function strict<T>(outcome: WorkingDayResult<T>): T {
  const [year] = outcome.unknownYears;
  if (year !== undefined) throw new UnknownHolidayScheduleError(year);
  return outcome.value;
}
