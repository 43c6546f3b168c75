import type { DeadlineAlertLevel, TimeLimitRule } from '@tongban/contracts';
import { findCounty, type CaseStage } from '@tongban/domain';

/** One county's line of the national overview. */
export interface CountyOverview {
  countyCode: string;
  /** From the GB/T 2260 data; absent for a code it does not know. */
  countyName?: string;
  /** Cases whose latest change is at this county and that are not finished, per stage. */
  openCases: { total: number; byStage: Partial<Record<CaseStage, number>> };
  completedCases: number;
  closedCases: number;
  /** Alerts still standing, per rule and level (a warning followed by a breach counts once). */
  openAlerts: Partial<Record<TimeLimitRule, Partial<Record<DeadlineAlertLevel, number>>>>;
}

/** Grouped counts as the database returns them (counts come back as text). */
export interface OverviewCounts {
  openCases: { countyCode: string; stage: CaseStage; count: string }[];
  finishedCases: { countyCode: string; status: 'COMPLETED' | 'CLOSED'; count: string }[];
  openAlerts: {
    countyCode: string;
    rule: TimeLimitRule;
    level: DeadlineAlertLevel;
    count: string;
  }[];
}

/** Folds grouped counts into one line per county, ordered by county code. */
export function countyOverviews(counts: OverviewCounts): CountyOverview[] {
  const byCounty = new Map<string, CountyOverview>();
  const lineOf = (countyCode: string): CountyOverview => {
    let line = byCounty.get(countyCode);
    if (!line) {
      const name = findCounty(countyCode)?.name;
      line = {
        countyCode,
        ...(name ? { countyName: name } : {}),
        openCases: { total: 0, byStage: {} },
        completedCases: 0,
        closedCases: 0,
        openAlerts: {},
      };
      byCounty.set(countyCode, line);
    }
    return line;
  };
  for (const row of counts.openCases) {
    const line = lineOf(row.countyCode);
    line.openCases.byStage[row.stage] = Number(row.count);
    line.openCases.total += Number(row.count);
  }
  for (const row of counts.finishedCases) {
    const line = lineOf(row.countyCode);
    if (row.status === 'COMPLETED') line.completedCases += Number(row.count);
    else line.closedCases += Number(row.count);
  }
  for (const row of counts.openAlerts) {
    const alerts = (lineOf(row.countyCode).openAlerts[row.rule] ??= {});
    alerts[row.level] = Number(row.count);
  }
  return [...byCounty.values()].sort((a, b) => a.countyCode.localeCompare(b.countyCode));
}
