import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurrentStaff, Public, Roles, StaffPrincipal } from '@tongban/auth';
import { chinaLocalDateOf } from '@tongban/domain';
import { PublicRateLimit } from '@tongban/runtime';
import { Clock } from '@tongban/util';
import { timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApplicationLookup } from '../applications/application-lookup';
import { Application } from '../applications/application.entity';
import { ApplicationView } from '../applications/application.view';
import { RerouteDto } from '../handover/reroute.dto';
import { IntakeConfig } from '../config/intake.config';
import { RerouteService } from '../handover/reroute.service';
import { ApplicantStatusFailures } from './applicant-status-failures';
import { ApplicantStatusQueryDto } from './applicant-status.dto';
import { CaseProgressView } from './case-progress.view';
import { CaseSteps } from './case-steps';
import { AuditedRead } from '@tongban/runtime';

@ApiTags('case progress')
@Controller()
export class CaseProgressController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationLookup,
    private readonly steps: CaseSteps,
    private readonly reroute: RerouteService,
    private readonly lookupFailures: ApplicantStatusFailures,
    private readonly clock: Clock,
  ) {}

  /** Staff: stages, dates and deadlines of a case. */
  @AuditedRead({ subject: 'case progress', fields: ['timeline', 'deadlines', 'waybill'] })
  @Get('applications/:applicationId/progress')
  @ApiOkResponse({ type: CaseProgressView })
  async progress(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<CaseProgressView> {
    return this.view(await this.applications.requireVisibleTo(staff, applicationId));
  }

  /** R11: re-route a returned case to the county determined with the applicant. */
  @Post('applications/:applicationId/reroute')
  @Roles('CLERK')
  @HttpCode(200)
  async rerouteCase(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: RerouteDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ApplicationView> {
    await this.applications.requireVisibleTo(staff, applicationId);
    return this.reroute.execute(applicationId, dto);
  }

  /**
   * The applicant's own view, by application number and ID number. POST keeps the ID number out
   * of URLs and access logs; one answer for "no such case" and "wrong ID" avoids enumeration.
   * Guessing is limited twice: per address (stricter than other public endpoints) and per
   * application number, counting failures from any address.
   */
  // Public: the applicant holds no staff token; the application and ID number prove who asks.
  @Public()
  @PublicRateLimit<IntakeConfig>('INTAKE_STATUS_LOOKUP_RATE_LIMIT_PER_MINUTE')
  @Post('applicant/status')
  @HttpCode(200)
  @ApiOperation({
    summary: "The applicant's own case status (no staff token)",
    security: [],
  })
  @ApiOkResponse({ type: CaseProgressView })
  @ApiNotFoundResponse({ description: 'No application matches this number and ID number' })
  async applicantStatus(@Body() query: ApplicantStatusQueryDto): Promise<CaseProgressView> {
    this.lookupFailures.admit(query.applicationNumber);
    const found = await this.dataSource.manager.findOneBy(Application, {
      applicationNumber: query.applicationNumber,
    });
    if (!found || !sameText(found.idNumber, query.idNumber)) {
      throw new NotFoundException('no application matches this number and ID number');
    }
    this.lookupFailures.succeeded(query.applicationNumber);
    return this.view(found);
  }

  private async view(application: Application): Promise<CaseProgressView> {
    const steps = await this.steps.list(this.dataSource.manager, application.id);
    return CaseProgressView.of(application, steps, chinaLocalDateOf(this.clock.now()));
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
