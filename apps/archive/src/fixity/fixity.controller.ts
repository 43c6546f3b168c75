import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { PageQuery } from '@tongban/runtime';
import { FixityReport, FixityMismatchesView } from './fixity-report.service';

/** GET /fixity/mismatches: paged. */
export class FixityMismatchesQuery extends PageQuery {}

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
    return this.report.mismatches(staff, query);
  }
}
