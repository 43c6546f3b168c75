import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApplicationView } from '../applications/application.view';
import { AcceptApplicationDto } from './accept-application.dto';
import { AcceptApplicationService } from './accept-application.service';
import { RefuseApplicationDto } from './refuse-application.dto';
import { RefuseApplicationService } from './refuse-application.service';

@ApiTags('applications')
@Controller('applications/:applicationId')
export class AcceptanceController {
  constructor(
    private readonly acceptApplication: AcceptApplicationService,
    private readonly refuseApplication: RefuseApplicationService,
  ) {}

  @Post('accept')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationView })
  accept(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: AcceptApplicationDto,
  ): Promise<ApplicationView> {
    // Until staff tokens arrive (issue 4 item 10) the acting clerk is not yet known.
    return this.acceptApplication.execute(applicationId, dto, 'unknown-clerk');
  }

  @Post('refuse')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationView })
  refuse(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: RefuseApplicationDto,
  ): Promise<ApplicationView> {
    return this.refuseApplication.execute(applicationId, dto.reasons);
  }
}
