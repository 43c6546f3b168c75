import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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

  /** R6 on-site: a clerk enters the form at the counter. */
  @Post('applications')
  @ApiCreatedResponse({ type: ApplicationView })
  fileOnSite(@Body() dto: CreateApplicationDto): Promise<ApplicationView> {
    return this.createApplication.execute(dto, 'ON_SITE');
  }

  /** R6 online: the applicant fills the form and picks residence and hukou county. */
  @Post('online/applications')
  @ApiCreatedResponse({ type: ApplicationView })
  fileOnline(@Body() dto: CreateApplicationDto): Promise<ApplicationView> {
    return this.createApplication.execute(dto, 'ONLINE');
  }

  @Get('applications/:applicationId')
  @ApiOkResponse({ type: ApplicationView })
  async get(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
  ): Promise<ApplicationView> {
    return ApplicationView.of(await this.applications.require(applicationId));
  }
}
