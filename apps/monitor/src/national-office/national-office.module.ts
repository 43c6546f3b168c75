import { Module } from '@nestjs/common';
import { NationalOfficeController } from './national-office.controller';
import { NationalOfficeGuard } from './national-office.guard';
import { CountyCasesReader } from './readers/county-cases.reader';
import { DeadlineAlertsReader } from './readers/deadline-alerts.reader';
import { OverviewReader } from './readers/overview.reader';
import { ReadCountsReader } from './readers/read-counts.reader';

/** The national office's read API over what the monitoring stream recorded. */
@Module({
  controllers: [NationalOfficeController],
  providers: [
    NationalOfficeGuard,
    OverviewReader,
    DeadlineAlertsReader,
    CountyCasesReader,
    ReadCountsReader,
  ],
})
export class NationalOfficeModule {}
