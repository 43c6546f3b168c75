import { DomainRuleViolation } from '../errors/domain-errors';

/**
 * A plain calendar date 'YYYY-MM-DD' with no time and no zone. Deadlines, birth dates and validity
 * dates are calendar facts in China (UTC+8); doing them with `Date` in the server's zone shifts
 * them by a day, so all arithmetic here goes through day numbers computed with `Date.UTC`.
 */
export type LocalDate = string & { readonly __localDate: unique symbol };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
// China has used one offset, UTC+8, with no daylight saving since 1991.
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** True when year/month/day name a real Gregorian date (leap years included). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Number of days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds a LocalDate from its parts; throws when the date does not exist. */
export function localDate(year: number, month: number, day: number, field = 'date'): LocalDate {
  if (!isRealDate(year, month, day)) {
    throw new DomainRuleViolation(
      'ISO 8601',
      field,
      'NOT_A_DATE',
      `${year}-${month}-${day} is not a real date`,
    );
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as LocalDate;
}

/** True when the value is a 'YYYY-MM-DD' string naming a real date. */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = PATTERN.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Parses 'YYYY-MM-DD' strictly (no times, no zones); throws a DomainRuleViolation naming the field. */
export function parseLocalDate(value: string, field = 'date'): LocalDate {
  const match = PATTERN.exec(value);
  if (match === null) {
    throw new DomainRuleViolation(
      'ISO 8601',
      field,
      'NOT_A_DATE',
      `expected YYYY-MM-DD, got "${value}"`,
    );
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) {
    const why =
      month >= 1 && month <= 12 && year >= 1
        ? `month ${match[2]} of ${match[1]} has ${daysInMonth(year, month)} days`
        : 'the month must be 01–12';
    throw new DomainRuleViolation(
      'ISO 8601',
      field,
      'NOT_A_DATE',
      `"${value}" is not a real calendar date (${why})`,
    );
  }
  return localDate(year, month, day, field);
}

/** The China (UTC+8) calendar date of an instant, e.g. of a clock reading a caller made. */
export function chinaLocalDateOf(instant: Date): LocalDate {
  return fromEpochDay(Math.floor((instant.getTime() + CHINA_OFFSET_MS) / MS_PER_DAY));
}

/** Year, month (1–12) and day of a LocalDate. */
export function datePartsOf(date: LocalDate): { year: number; month: number; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/** Calendar year of a LocalDate. */
export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** Days since 1970-01-01 (negative before). */
export function toEpochDay(date: LocalDate): number {
  const { year, month, day } = datePartsOf(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The LocalDate that is the given number of days after 1970-01-01. */
export function fromEpochDay(epochDay: number): LocalDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return localDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The date `days` calendar days later (earlier when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * The same day `months` later; a day missing in the target month falls back to its last day
 * (2024-08-31 + 6 months = 2025-02-28), the usual reading of "six months after" in Chinese practice.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = datePartsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return localDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** The same day `years` later; 29 February falls back to 28 February in a common year. */
export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, years * 12);
}

/**
 * The `years`-th anniversary of a date: the same day `years` later, where 29 February's
 * anniversary in a common year is 1 March — the day a year is complete by fullYearsBetween.
 * Validity counts whole years this way; addYears' clamp to 28 February would end them a day early.
 */
export function anniversaryOf(date: LocalDate, years: number): LocalDate {
  const { year, month, day } = datePartsOf(date);
  const target = year + years;
  if (month === 2 && day === 29 && !isRealDate(target, 2, 29)) return localDate(target, 3, 1);
  return localDate(target, month, day);
}

/** Negative, zero or positive as `a` is before, equal to or after `b` (ISO strings sort as dates). */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ISO day of week: 1 Monday … 7 Sunday. */
export function isoDayOfWeek(date: LocalDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1;
}

/** True on Saturday and Sunday. */
export function isWeekend(date: LocalDate): boolean {
  return isoDayOfWeek(date) >= 6;
}

/**
 * Whole years from `birth` to `on`: a year is complete on the birthday itself; someone born on
 * 29 February completes it on 1 March in a common year (they have not had a birthday on 28 Feb).
 */
export function fullYearsBetween(birth: LocalDate, on: LocalDate): number {
  const b = datePartsOf(birth);
  const o = datePartsOf(on);
  const beforeBirthday = o.month < b.month || (o.month === b.month && o.day < b.day);
  return o.year - b.year - (beforeBirthday ? 1 : 0);
}
