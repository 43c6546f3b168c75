import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MonitoredCase } from '../../case-stages/monitored-case.entity';
import { DeadlineAlert } from '../../deadline-alerts/deadline-alert.entity';
import type { OverviewQuery } from '../dtos/overview.query';
import { countyOverviews, CountyOverview, OverviewCounts } from './county-overview';
import { inProvince, inRange, STANDING_ALERT } from './query-filters';

/** Per county: the backlog per stage, finished cases and the alerts still standing. */
@Injectable()
export class OverviewReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(query: OverviewQuery): Promise<CountyOverview[]> {
    const cases = () => this.dataSource.manager.createQueryBuilder(MonitoredCase, 'c');
    const [openCases, finishedCases, openAlerts] = await Promise.all([
      inProvince(cases(), 'c', query.province)
        .select(['c.countyCode AS "countyCode"', 'c.stage AS "stage"', 'COUNT(*) AS "count"'])
        .andWhere(`c.status = 'OPEN'`)
        .groupBy('c.countyCode')
        .addGroupBy('c.stage')
        .getRawMany<OverviewCounts['openCases'][number]>(),
      inRange(inProvince(cases(), 'c', query.province), 'c.lastChangedOn', query)
        .select(['c.countyCode AS "countyCode"', 'c.status AS "status"', 'COUNT(*) AS "count"'])
        .andWhere(`c.status IN ('COMPLETED', 'CLOSED')`)
        .groupBy('c.countyCode')
        .addGroupBy('c.status')
        .getRawMany<OverviewCounts['finishedCases'][number]>(),
      inRange(
        inProvince(
          this.dataSource.manager.createQueryBuilder(DeadlineAlert, 'a'),
          'a',
          query.province,
        ),
        'a.dueOn',
        query,
      )
        .select([
          'a.countyCode AS "countyCode"',
          'a.rule AS "rule"',
          'a.level AS "level"',
          'COUNT(*) AS "count"',
        ])
        .andWhere(STANDING_ALERT)
        .groupBy('a.countyCode')
        .addGroupBy('a.rule')
        .addGroupBy('a.level')
        .getRawMany<OverviewCounts['openAlerts'][number]>(),
    ]);
    return countyOverviews({ openCases, finishedCases, openAlerts });
  }
}
