import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page } from '@tongban/runtime';
import { DataSource } from 'typeorm';
import { ReadCount } from '../../read-counts/read-count.entity';
import type { ReadCountsQuery } from '../dtos/read-counts.query';
import { inProvince, inRange } from './query-filters';
import { pageOf } from '@tongban/runtime';

/** A county's reads of personal data in one service on one day, as the office sees it. */
export interface ReadCountView {
  countyCode: string;
  service: string;
  day: string;
  reads: number;
  reportedAt: string;
}

/** Read counts of all counties, latest day first. */
@Injectable()
export class ReadCountsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(query: ReadCountsQuery): Promise<Page<ReadCountView>> {
    const builder = inRange(
      inProvince(this.dataSource.manager.createQueryBuilder(ReadCount, 'a'), 'a', query.province),
      'a.day',
      query,
    );
    if (query.county !== undefined)
      builder.andWhere('a.countyCode = :county', { county: query.county });
    if (query.service !== undefined)
      builder.andWhere('a.service = :service', { service: query.service });
    builder.orderBy('a.day', 'DESC').addOrderBy('a.countyCode', 'ASC').addOrderBy('a.service');
    return pageOf(builder, query, (count) => ({
      countyCode: count.countyCode,
      service: count.service,
      day: count.day,
      reads: count.reads,
      reportedAt: count.reportedAt.toISOString(),
    }));
  }
}
