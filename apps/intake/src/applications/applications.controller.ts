import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Public, Roles, StaffPrincipal } from '@tongban/auth';
import { ApplicationLookup } from './application-lookup';
import { ApplicationView } from './application.view';
import { CreateApplicationDto } from './create-application.dto';
import { CreateApplicationService } from './create-application.service';

@ApiTags('applications')
@Controller()
export class ApplicationsController {
  constructor(
    private readonly createApplication: CreateApplicationService,
    private readonly applications: ApplicationLookup,
  ) {}

  /** R6 on-site: a clerk of the residence county enters the form at the counter (R1, R32). */
  @Post('applications')
  @Roles('CLERK')
  @ApiCreatedResponse({ type: ApplicationView })
  fileOnSite(
    @Body() dto: CreateApplicationDto,
    @CurrentStaff() clerk: StaffPrincipal,
  ): Promise<ApplicationView> {
    return this.createApplication.execute(dto, 'ON_SITE', clerk);
  }

  /** R6 online: the applicant fills the form and picks residence and hukou county. */
  // Public: the applicant files for themselves and holds no staff token (R6).
  @Public()
  @Post('online/applications')
  @ApiOperation({ summary: 'R6: online filing by the applicant (no staff token)', security: [] })
  @ApiCreatedResponse({ type: ApplicationView })
  fileOnline(@Body() dto: CreateApplicationDto): Promise<ApplicationView> {
    return this.createApplication.execute(dto, 'ONLINE');
  }

  @Get('applications/:applicationId')
  @ApiOkResponse({ type: ApplicationView })
  async get(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ApplicationView> {
    return ApplicationView.of(await this.applications.requireVisibleTo(staff, applicationId));
  }
}
