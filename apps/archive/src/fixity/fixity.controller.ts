import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { FixityReport, FixityMismatchesView } from './fixity-report.service';

export class FixityMismatchesQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiProperty({ required: false, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 50;
}

/** R30: what the fixity audit found wrong with the county's stored documents. */
@ApiTags('fixity audit')
@Controller('fixity')
@Roles('CLERK', 'AUDITOR')
export class FixityController {
  constructor(private readonly report: FixityReport) {}

  /** Documents whose latest re-read did not match (or found nothing), longest known first. */
  @Get('mismatches')
  @ApiOkResponse({ type: FixityMismatchesView })
  mismatches(
    @Query() query: FixityMismatchesQuery,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<FixityMismatchesView> {
    return this.report.mismatches(staff, query.page, query.pageSize);
  }
}
