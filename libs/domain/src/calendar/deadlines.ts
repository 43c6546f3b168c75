import type { RuleId } from '../errors/rule-id';
import { CHINA_HOLIDAY_SCHEDULES } from './china-holidays';
import { compareLocalDates, type LocalDate } from './local-date';
import { WorkingDayCalendar, type WorkingDayResult } from './working-day-calendar';

/** The calendar built from the bundled State Council schedules (chinese-days). */
export const CHINA_WORKING_DAY_CALENDAR: WorkingDayCalendar =
  WorkingDayCalendar.fromSchedules(CHINA_HOLIDAY_SCHEDULES);

/** The statutory time limits of the circular's 办理时限要求, each counted from its trigger event. */
export const TIME_LIMITS = {
  // R25: R names the designated assessment institution within 3 working days of complete materials.
  R25: {
    workingDays: 3,
    trigger: 'MATERIALS_COMPLETE',
    duty: 'NOTIFY_ASSESSMENT_INSTITUTION',
    county: 'RESIDENCE',
  },
  // R26: R enters the conclusion and completes publicity within 10 working days of receiving it.
  R26: {
    workingDays: 10,
    trigger: 'CONCLUSION_RECEIVED',
    duty: 'ENTER_CONCLUSION_AND_PUBLICISE',
    county: 'RESIDENCE',
  },
  // R27: H (N in a migration) approves, prints and mails within 7 working days of receiving R's materials.
  R27: {
    workingDays: 7,
    trigger: 'MATERIALS_RECEIVED_BY_APPROVER',
    duty: 'APPROVE_PRINT_AND_MAIL',
    county: 'APPROVER',
  },
} as const satisfies Record<
  string,
  { workingDays: number; trigger: string; duty: string; county: string }
>;

/** One of the timed duties R25–R27. */
export type TimeLimitRule = keyof typeof TIME_LIMITS & RuleId;

/** A deadline: due at the end of `dueOn`; provisional while a year it spans has no loaded schedule. */
export interface Deadline {
  readonly rule: TimeLimitRule;
  readonly triggeredOn: LocalDate;
  readonly dueOn: LocalDate;
  readonly provisional: boolean;
  readonly unknownYears: readonly number[];
}

/** The R25/R26/R27 deadline for a trigger date; provisional (weekends only) where a year is unknown. */
export function deadlineFor(
  rule: TimeLimitRule,
  triggeredOn: LocalDate,
  calendar: WorkingDayCalendar = CHINA_WORKING_DAY_CALENDAR,
): Deadline {
  const due = calendar.addWorkingDays(triggeredOn, TIME_LIMITS[rule].workingDays);
  return {
    rule,
    triggeredOn,
    dueOn: due.value,
    provisional: due.provisional,
    unknownYears: due.unknownYears,
  };
}

/** The R25/R26/R27 deadline, or UnknownHolidayScheduleError when a year it spans is not loaded. */
export function deadlineForStrict(
  rule: TimeLimitRule,
  triggeredOn: LocalDate,
  calendar: WorkingDayCalendar = CHINA_WORKING_DAY_CALENDAR,
): LocalDate {
  return calendar.addWorkingDaysStrict(triggeredOn, TIME_LIMITS[rule].workingDays);
}

/** Recomputes a provisional deadline against a calendar that may now know the missing year. */
export function recomputeDeadline(deadline: Deadline, calendar: WorkingDayCalendar): Deadline {
  return deadlineFor(deadline.rule, deadline.triggeredOn, calendar);
}

/** True once the day is past the deadline's end (the due day itself is still in time). */
export function isOverdue(deadline: Pick<Deadline, 'dueOn'>, on: LocalDate): boolean {
  return compareLocalDates(on, deadline.dueOn) > 0;
}

/** Publicity (公示) usually lasts 5 working days (management measures art. 9); a per-county setting. */
export const DEFAULT_PUBLICITY_WORKING_DAYS = 5;

/** Last day of a publicity period started on `startedOn`, counted like every working-day period. */
export function publicityEndsOn(
  startedOn: LocalDate,
  workingDays: number = DEFAULT_PUBLICITY_WORKING_DAYS,
  calendar: WorkingDayCalendar = CHINA_WORKING_DAY_CALENDAR,
): WorkingDayResult<LocalDate> {
  return calendar.addWorkingDays(startedOn, workingDays);
}
