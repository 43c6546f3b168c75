import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CountyCasesQuery, CountyParams } from './dtos/county-cases.query';
import { DeadlineAlertsQuery } from './dtos/deadline-alerts.query';
import { OverviewQuery } from './dtos/overview.query';
import type { Page } from '@tongban/runtime';
import { NationalOfficeReaders } from './national-office.guard';
import { CountyCasesReader, type CaseView } from './readers/county-cases.reader';
import type { CountyOverview } from './readers/county-overview';
import { DeadlineAlertsReader, type DeadlineAlertView } from './readers/deadline-alerts.reader';
import { OverviewReader } from './readers/overview.reader';
import { ReadCountsQuery } from './dtos/read-counts.query';
import { ReadCountsReader, type ReadCountView } from './readers/read-counts.reader';

/** What the national monitoring office (中国残联) reads: de-identified figures of every county. */
@ApiTags('national monitoring')
@ApiBadRequestResponse({ description: 'A query parameter is invalid; the message names it' })
@NationalOfficeReaders()
@Controller()
export class NationalOfficeController {
  constructor(
    private readonly overview: OverviewReader,
    private readonly alerts: DeadlineAlertsReader,
    private readonly cases: CountyCasesReader,
    private readonly readCounts: ReadCountsReader,
  ) {}

  @Get('overview')
  @ApiOperation({
    summary: 'Per county: open cases per stage, completed and closed cases, standing alerts',
  })
  @ApiOkResponse({ description: '{ counties: CountyOverview[] }' })
  async getOverview(@Query() query: OverviewQuery): Promise<{ counties: CountyOverview[] }> {
    return { counties: await this.overview.read(query) };
  }

  @Get('deadline-alerts')
  @ApiOperation({ summary: 'Warnings and breaches of R25–R27, latest due first' })
  @ApiOkResponse({ description: 'A page of alerts' })
  getDeadlineAlerts(@Query() query: DeadlineAlertsQuery): Promise<Page<DeadlineAlertView>> {
    return this.alerts.read(query);
  }

  @Get('counties/:countyCode/cases')
  @ApiOperation({
    summary: "A county's cases (its latest change is there), longest unchanged first",
  })
  @ApiOkResponse({ description: 'A page of de-identified cases' })
  getCountyCases(
    @Param() params: CountyParams,
    @Query() query: CountyCasesQuery,
  ): Promise<Page<CaseView>> {
    return this.cases.read(params.countyCode, query);
  }

  @Get('read-counts')
  @ApiOperation({
    summary:
      "Per county, service and day: how many reads of cases' personal data its staff made (counts only)",
  })
  @ApiOkResponse({ description: 'A page of read counts' })
  getReadCounts(@Query() query: ReadCountsQuery): Promise<Page<ReadCountView>> {
    return this.readCounts.read(query);
  }
}
