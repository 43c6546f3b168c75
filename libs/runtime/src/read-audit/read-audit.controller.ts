import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { DataSource } from 'typeorm';
import { pageOf, type Page } from '../http/page.query';
import { ReadAuditEntry } from './read-audit-entry.entity';
import { ReadAuditQuery } from './read-audit.query';

/** The read audit of this service, for the county's auditor (等保 2.0: audit of who read what). */
@ApiTags('audit')
@Controller('audit/reads')
export class ReadAuditController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Reads by the auditor's county's staff, newest first. */
  @Get()
  @Roles('AUDITOR')
  @ApiOkResponse({ description: 'A page of reads: who, when, which case, which parts, from where' })
  async list(
    @Query() query: ReadAuditQuery,
    @CurrentStaff() auditor: StaffPrincipal,
  ): Promise<Page<Omit<ReadAuditEntry, 'sequence'>>> {
    const select = this.dataSource
      .getRepository(ReadAuditEntry)
      .createQueryBuilder('r')
      .where('r.county = :county', { county: auditor.county });
    if (query.caseId) select.andWhere('r.caseId = :caseId', { caseId: query.caseId });
    if (query.staffId) select.andWhere('r.staffId = :staffId', { staffId: query.staffId });
    // As instants, so the database compares what the offset meant and never parses our text.
    if (query.from) select.andWhere('r.readAt >= :from', { from: new Date(query.from) });
    if (query.to) select.andWhere('r.readAt < :to', { to: new Date(query.to) });
    select.orderBy('r.readAt', 'DESC').addOrderBy('r.sequence', 'DESC');
    return pageOf(select, query, ({ sequence: _sequence, ...entry }) => entry);
  }
}
