import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { ApplicationLookup } from '../applications/application-lookup';
import { ApplicationView } from '../applications/application.view';
import { AcceptApplicationDto } from './accept-application.dto';
import { AcceptApplicationService } from './accept-application.service';
import { RefuseApplicationDto } from './refuse-application.dto';
import { RefuseApplicationService } from './refuse-application.service';

@ApiTags('applications')
@Controller('applications/:applicationId')
@Roles('CLERK')
export class AcceptanceController {
  constructor(
    private readonly applications: ApplicationLookup,
    private readonly acceptApplication: AcceptApplicationService,
    private readonly refuseApplication: RefuseApplicationService,
  ) {}

  /** R5, R7: accept; an override of R7 needs a SUPERVISOR token, who is recorded with it. */
  @Post('accept')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationView })
  async accept(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: AcceptApplicationDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ApplicationView> {
    await this.applications.requireVisibleTo(staff, applicationId);
    return this.acceptApplication.execute(applicationId, dto, staff);
  }

  @Post('refuse')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationView })
  async refuse(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: RefuseApplicationDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ApplicationView> {
    await this.applications.requireVisibleTo(staff, applicationId);
    return this.refuseApplication.execute(applicationId, dto.reasons);
  }
}
