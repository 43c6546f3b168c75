/** Each county's own notice period, in working days, where it differs from the node default. */
export type CountyNoticePeriods = ReadonlyMap<string, number>;

export interface ParsedNoticePeriods {
  readonly periods: CountyNoticePeriods;
  readonly problems: readonly string[];
}

export const NOTICE_PERIOD_MIN = 1;
export const NOTICE_PERIOD_MAX = 30;

/**
 * Reads `county=days` pairs ("320106=7,320102=5") for the counties a node serves. Every
 * problem is reported, so an operator fixes the setting in one go.
 */
export function parseCountyNoticePeriods(
  raw: string,
  servedCounties: readonly string[],
): ParsedNoticePeriods {
  const periods = new Map<string, number>();
  const problems: string[] = [];
  for (const entry of raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^(\d{6})=(\d{1,2})$/.exec(entry);
    if (!match) {
      problems.push(`"${entry}" is not county=days, e.g. 320106=7`);
      continue;
    }
    const [, county = '', daysText = ''] = match;
    const days = Number(daysText);
    if (!servedCounties.includes(county)) {
      problems.push(`${county} is not among the counties this node serves (COUNTY_CODES)`);
    } else if (periods.has(county)) {
      problems.push(`${county} is given twice`);
    } else if (days < NOTICE_PERIOD_MIN || days > NOTICE_PERIOD_MAX) {
      problems.push(
        `${county}: ${days} working days is outside ${NOTICE_PERIOD_MIN}–${NOTICE_PERIOD_MAX}`,
      );
    } else {
      periods.set(county, days);
    }
  }
  return { periods, problems };
}
