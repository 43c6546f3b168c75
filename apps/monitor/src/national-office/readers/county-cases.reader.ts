import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseKind, StageTransition } from '@tongban/contracts';
import type { CaseStage } from '@tongban/domain';
import { DataSource } from 'typeorm';
import type { CaseStatus } from '../../case-stages/case-status';
import { MonitoredCase } from '../../case-stages/monitored-case.entity';
import type { CountyCasesQuery } from '../dtos/county-cases.query';
import type { Page } from '@tongban/runtime';
import { inRange } from './query-filters';
import { pageOf } from '@tongban/runtime';

/** A de-identified case (R32): a random id, its kind, stage and days, nothing about the person. */
export interface CaseView {
  caseId: string;
  countyCode: string;
  caseKind: CaseKind;
  stage: CaseStage;
  transition: StageTransition;
  status: CaseStatus;
  firstSeenOn: string;
  lastChangedOn: string;
}

/** The cases whose latest change is at one county, longest unchanged first (the backlog). */
@Injectable()
export class CountyCasesReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(countyCode: string, query: CountyCasesQuery): Promise<Page<CaseView>> {
    const builder = inRange(
      this.dataSource.manager
        .createQueryBuilder(MonitoredCase, 'c')
        .where('c.countyCode = :countyCode', { countyCode }),
      'c.lastChangedOn',
      query,
    );
    if (query.status !== undefined)
      builder.andWhere('c.status = :status', { status: query.status });
    if (query.stage !== undefined) builder.andWhere('c.stage = :stage', { stage: query.stage });
    builder.orderBy('c.lastChangedAt', 'ASC').addOrderBy('c.caseId', 'ASC');
    return pageOf(builder, query, caseView);
  }
}

function caseView(found: MonitoredCase): CaseView {
  return {
    caseId: found.caseId,
    countyCode: found.countyCode,
    caseKind: found.caseKind,
    stage: found.stage,
    transition: found.transition,
    status: found.status,
    firstSeenOn: found.firstSeenOn,
    lastChangedOn: found.lastChangedOn,
  };
}
