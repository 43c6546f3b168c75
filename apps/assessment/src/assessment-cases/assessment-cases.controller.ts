import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseAccessPolicy, CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { DeadlineTracker } from '@tongban/deadlines';
import { DataSource } from 'typeorm';
import { AssessmentCase } from './assessment-case.entity';
import { countiesOf, requireCase } from './assessment-case.lookup';
import { AssessmentCaseView } from './assessment-case.view';
import {
  DesignateInstitutionDto,
  DisputeConclusionDto,
  RecordConclusionDto,
} from './assessment-dtos';
import { DesignateInstitutionService } from './designate-institution.service';
import { RecordConclusionService } from './record-conclusion.service';
import { ReopenForReassessmentService } from './reopen-for-reassessment.service';
import { AuditedRead } from '@tongban/runtime';

@ApiTags('assessment')
@Controller('assessment-cases/:applicationId')
export class AssessmentCasesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlineTracker,
    private readonly designate: DesignateInstitutionService,
    private readonly recordConclusion: RecordConclusionService,
    private readonly reopen: ReopenForReassessmentService,
    private readonly access: CaseAccessPolicy,
  ) {}

  @AuditedRead({
    subject: 'assessment case',
    fields: ['applicant', 'claimed categories', 'conclusion'],
  })
  @Get()
  @ApiOkResponse({ type: AssessmentCaseView })
  async get(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<AssessmentCaseView> {
    return this.view(await this.visibleCase(staff, applicationId));
  }

  /** R8, R25: name the designated institution. */
  @Post('designation')
  @Roles('CLERK')
  @HttpCode(200)
  async designation(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: DesignateInstitutionDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<AssessmentCaseView> {
    await this.visibleCase(staff, applicationId);
    return this.view(await this.designate.execute(applicationId, dto.institutionId));
  }

  /** R3: enter the conclusion from the signed and sealed form. */
  @Post('conclusion')
  @Roles('ASSESSOR')
  @HttpCode(200)
  async conclusion(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: RecordConclusionDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<AssessmentCaseView> {
    await this.visibleCase(staff, applicationId);
    return this.view(await this.recordConclusion.execute(applicationId, dto));
  }

  /** R9: the applicant disputes the conclusion; designate again for a re-assessment. */
  @Post('dispute')
  @Roles('CLERK')
  @HttpCode(200)
  async dispute(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: DisputeConclusionDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<AssessmentCaseView> {
    await this.visibleCase(staff, applicationId);
    const reopened = await this.dataSource.transaction((manager) =>
      this.reopen.execute(manager, applicationId, dto.reason),
    );
    return this.view(reopened);
  }

  /** R32: the case if the staff member's county takes part in it; 404 or 403 otherwise. */
  private async visibleCase(staff: StaffPrincipal, applicationId: string): Promise<AssessmentCase> {
    const found = await requireCase(this.dataSource.manager, applicationId);
    this.access.assertCountyTakesPart(staff, countiesOf(found), applicationId);
    return found;
  }

  private async view(found: AssessmentCase): Promise<AssessmentCaseView> {
    return AssessmentCaseView.of(
      found,
      await this.deadlines.list(this.dataSource.manager, found.applicationId),
    );
  }
}
