import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { ApplicationLookup } from './application-lookup';
import { ApplicationView } from './application.view';
import { CreateApplicationDto } from './create-application.dto';
import { CreateApplicationService } from './create-application.service';
import { AuditedRead } from '@tongban/runtime';

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

  @AuditedRead({
    subject: 'application',
    fields: ['applicant', 'contact', 'address', 'guardian', 'mailingAddress', 'documents'],
  })
  @Get('applications/:applicationId')
  @ApiOkResponse({ type: ApplicationView })
  async get(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ApplicationView> {
    return ApplicationView.of(await this.applications.requireVisibleTo(staff, applicationId));
  }
}
