import chineseDays from 'chinese-days/dist/chinese-days.json';
import { version as chineseDaysVersion } from 'chinese-days/package.json';
import { schedulesFromChineseDays, type HolidaySchedule } from './holiday-schedule';

/** Package and installed version the built-in schedules come from. */
export const CHINESE_DAYS_SOURCE = `npm chinese-days@${chineseDaysVersion} (State Council holiday notices)`;

/**
 * State Council holiday schedules shipped with the npm package chinese-days. Years it does not
 * have (2027 until the package publishes it) are simply absent; the calendar then answers
 * provisionally or refuses, never as if the year were known.
 */
export const CHINA_HOLIDAY_SCHEDULES: readonly HolidaySchedule[] = schedulesFromChineseDays(
  chineseDays,
  CHINESE_DAYS_SOURCE,
);
