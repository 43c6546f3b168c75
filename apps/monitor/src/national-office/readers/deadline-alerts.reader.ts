import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DeadlineAlertLevel, TimeLimitRule } from '@tongban/contracts';
import { DataSource } from 'typeorm';
import { DeadlineAlert } from '../../deadline-alerts/deadline-alert.entity';
import type { DeadlineAlertsQuery } from '../dtos/deadline-alerts.query';
import type { Page } from '@tongban/runtime';
import { inProvince, inRange, STANDING_ALERT } from './query-filters';
import { pageOf } from '@tongban/runtime';

/** An alert as the national office sees it. */
export interface DeadlineAlertView {
  caseId: string;
  countyCode: string;
  rule: TimeLimitRule;
  level: DeadlineAlertLevel;
  dueOn: string;
  provisional: boolean;
  raisedAt: string;
  /** Still standing: not discharged by the county and not followed by a breach. */
  open: boolean;
  /** When the county reported the change that discharged the duty. */
  resolvedAt: string | null;
  /** A breach of the same duty followed this warning. */
  superseded: boolean;
}

/** The deadline alerts of all counties, latest due first. */
@Injectable()
export class DeadlineAlertsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(query: DeadlineAlertsQuery): Promise<Page<DeadlineAlertView>> {
    const builder = inRange(
      inProvince(
        this.dataSource.manager.createQueryBuilder(DeadlineAlert, 'a'),
        'a',
        query.province,
      ),
      'a.dueOn',
      query,
    );
    if (query.county !== undefined)
      builder.andWhere('a.countyCode = :county', { county: query.county });
    if (query.rule !== undefined) builder.andWhere('a.rule = :rule', { rule: query.rule });
    if (query.level !== undefined) builder.andWhere('a.level = :level', { level: query.level });
    if (query.open === true) builder.andWhere(STANDING_ALERT);
    if (query.open === false) builder.andWhere(`NOT (${STANDING_ALERT})`);
    builder
      .orderBy('a.dueOn', 'DESC')
      .addOrderBy('a.raisedAt', 'DESC')
      .addOrderBy('a.eventId', 'ASC');
    return pageOf(builder, query, alertView);
  }
}

function alertView(alert: DeadlineAlert): DeadlineAlertView {
  return {
    caseId: alert.caseId,
    countyCode: alert.countyCode,
    rule: alert.rule,
    level: alert.level,
    dueOn: alert.dueOn,
    provisional: alert.provisional,
    raisedAt: alert.raisedAt.toISOString(),
    open: alert.resolvedAt === null && alert.supersededBy === null,
    resolvedAt: alert.resolvedAt?.toISOString() ?? null,
    superseded: alert.supersededBy !== null,
  };
}
