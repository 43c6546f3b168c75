import {
  addDays,
  CHINA_WORKING_DAY_CALENDAR,
  deadlineFor,
  type LocalDate,
  type TimeLimitRule,
  type WorkingDayCalendar,
} from '@tongban/domain';

export interface DeadlineDates {
  dueOn: LocalDate;
  warnOn: LocalDate;
  provisional: boolean;
}

/**
 * Due day of R25–R27 from the trigger day, and the working day before it when a warning goes
 * out. Provisional when a year involved has no loaded State Council schedule.
 */
export function deadlineDates(
  rule: TimeLimitRule,
  triggeredOn: LocalDate,
  calendar: WorkingDayCalendar = CHINA_WORKING_DAY_CALENDAR,
): DeadlineDates {
  const deadline = deadlineFor(rule, triggeredOn, calendar);
  let warnOn = addDays(deadline.dueOn, -1);
  // dayInfo answers weekends-only for an unloaded year, which is what a provisional date uses.
  while (!calendar.dayInfo(warnOn).working && warnOn > triggeredOn) warnOn = addDays(warnOn, -1);
  return { dueOn: deadline.dueOn, warnOn, provisional: deadline.provisional };
}
