import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseAccessPolicy, CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { DeadlineTracker, DeadlineView } from '@tongban/deadlines';
import { DataSource } from 'typeorm';
import { Objection } from './objection.entity';
import { PublicityCase } from './publicity-case.entity';
import { countiesOf, requirePublicityCase } from './publicity-case.lookup';
import { EnterResultDto, RecordObjectionDto, ResolveObjectionDto } from './publicity-dtos';
import { PublicityDeskService } from './publicity-desk.service';
import { AuditedRead } from '@tongban/runtime';

@ApiTags('publicity')
@Controller('publicity-cases/:applicationId')
export class PublicityCasesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly desk: PublicityDeskService,
    private readonly deadlines: DeadlineTracker,
    private readonly access: CaseAccessPolicy,
  ) {}

  @AuditedRead({ subject: 'publicity case', fields: ['applicant', 'conclusion', 'objections'] })
  @Get()
  async get(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    const found = await this.visibleCase(staff, applicationId);
    const [objections, deadlines] = await Promise.all([
      this.dataSource.manager.find(Objection, {
        where: { applicationId },
        order: { createdAt: 'ASC' },
      }),
      this.deadlines.list(this.dataSource.manager, applicationId),
    ]);
    return {
      ...found,
      objections,
      deadlines: deadlines.map(DeadlineView.of),
    };
  }

  @Post('objections')
  @Roles('PUBLICITY_OFFICER', 'SUPERVISOR')
  async recordObjection(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: RecordObjectionDto,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    await this.visibleCase(staff, applicationId);
    return this.desk.recordObjection(applicationId, dto);
  }

  @Post('objections/:objectionId/resolution')
  @Roles('PUBLICITY_OFFICER', 'SUPERVISOR')
  @HttpCode(200)
  async resolveObjection(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Param('objectionId', new ParseUUIDPipe()) objectionId: string,
    @Body() dto: ResolveObjectionDto,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    await this.visibleCase(staff, applicationId);
    return this.desk.resolveObjection(applicationId, objectionId, dto);
  }

  @Post('result')
  @Roles('PUBLICITY_OFFICER', 'SUPERVISOR')
  @HttpCode(200)
  async enterResult(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() dto: EnterResultDto,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    await this.visibleCase(staff, applicationId);
    return this.desk.enterResult(applicationId, dto);
  }

  /** R32: the case if the staff member's county takes part in it; 404 or 403 otherwise. */
  private async visibleCase(staff: StaffPrincipal, applicationId: string): Promise<PublicityCase> {
    const found = await requirePublicityCase(this.dataSource.manager, applicationId);
    this.access.assertCountyTakesPart(staff, countiesOf(found), applicationId);
    return found;
  }
}
