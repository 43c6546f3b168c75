import { CHINA_WORKING_DAY_CALENDAR } from '../calendar/deadlines';
import { addDays, compareLocalDates, type LocalDate } from '../calendar/local-date';
import type { WorkingDayCalendar, WorkingDayResult } from '../calendar/working-day-calendar';

/**
 * R31: staff log in at least once per working day. The working days in [from, to] on which the
 * account has no login; provisional where a day's holiday schedule is not loaded.
 */
export function workingDaysWithoutLogin(
  input: {
    readonly loginDates: Iterable<LocalDate>;
    readonly from: LocalDate;
    readonly to: LocalDate;
  },
  calendar: WorkingDayCalendar = CHINA_WORKING_DAY_CALENDAR,
): WorkingDayResult<LocalDate[]> {
  const logins = new Set<string>(input.loginDates);
  const missed: LocalDate[] = [];
  const unknown = new Set<number>();
  for (let day = input.from; compareLocalDates(day, input.to) <= 0; day = addDays(day, 1)) {
    const info = calendar.dayInfo(day);
    const missing = calendar.missingScheduleYear(day);
    if (missing !== undefined) unknown.add(missing);
    if (info.working && !logins.has(day)) missed.push(day);
  }
  return {
    value: missed,
    provisional: unknown.size > 0,
    unknownYears: [...unknown].sort((a, b) => a - b),
  };
}
