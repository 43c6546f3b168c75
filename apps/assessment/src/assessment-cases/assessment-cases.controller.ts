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
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeadlineTracker } from '@tongban/deadlines';
import { DataSource } from 'typeorm';
import { AssessmentCase } from './assessment-case.entity';
import { AssessmentCaseView } from './assessment-case.view';
import {
  DesignateInstitutionDto,
  DisputeConclusionDto,
  RecordConclusionDto,
} from './assessment-dtos';
import { DesignateInstitutionService } from './designate-institution.service';
import { RecordConclusionService } from './record-conclusion.service';
import { ReopenForReassessmentService } from './reopen-for-reassessment.service';

type Id = string;

@ApiTags('assessment')
@Controller('assessment-cases/:applicationId')
export class AssessmentCasesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlineTracker,
    private readonly designate: DesignateInstitutionService,
    private readonly recordConclusion: RecordConclusionService,
    private readonly reopen: ReopenForReassessmentService,
  ) {}

  @Get()
  @ApiOkResponse({ type: AssessmentCaseView })
  async get(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: Id,
  ): Promise<AssessmentCaseView> {
    const found = await this.dataSource.manager.findOneBy(AssessmentCase, { applicationId });
    if (!found) throw new NotFoundException(`no assessment case for application ${applicationId}`);
    return this.view(found);
  }

  /** R8, R25: name the designated institution. */
  @Post('designation')
  @HttpCode(200)
  async designation(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: Id,
    @Body() dto: DesignateInstitutionDto,
  ): Promise<AssessmentCaseView> {
    return this.view(await this.designate.execute(applicationId, dto.institutionId));
  }

  /** R3: enter the conclusion from the signed and sealed form. */
  @Post('conclusion')
  @HttpCode(200)
  async conclusion(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: Id,
    @Body() dto: RecordConclusionDto,
  ): Promise<AssessmentCaseView> {
    return this.view(await this.recordConclusion.execute(applicationId, dto));
  }

  /** R9: the applicant disputes the conclusion; designate again for a re-assessment. */
  @Post('dispute')
  @HttpCode(200)
  async dispute(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: Id,
    @Body() dto: DisputeConclusionDto,
  ): Promise<AssessmentCaseView> {
    const reopened = await this.dataSource.transaction((manager) =>
      this.reopen.execute(manager, applicationId, dto.reason),
    );
    return this.view(reopened);
  }

  private async view(found: AssessmentCase): Promise<AssessmentCaseView> {
    return AssessmentCaseView.of(
      found,
      await this.deadlines.list(this.dataSource.manager, found.applicationId),
    );
  }
}
