import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { badRequest } from '../http/http-problems';
import { ApprovalCaseReader } from './approval-case.reader';
import { ApprovalCaseView } from './approval-case.view';
import { RejectCaseDto, ReturnCaseDto } from './approval-dtos';
import { ApproveCaseService } from './approve-case.service';
import { RejectCaseService } from './reject-case.service';
import { ReturnCaseService } from './return-case.service';
import { AuditedRead } from '@tongban/runtime';

const applicationIdPipe = new ParseUUIDPipe({
  exceptionFactory: () => badRequest('applicationId: must be a UUID'),
});

/** Hukou-county staff: review a handed-over case, then return, approve or reject it (R11). */
@ApiTags('approval')
@Controller('approval-cases/:applicationId')
export class ApprovalCasesController {
  constructor(
    private readonly reader: ApprovalCaseReader,
    private readonly approveCase: ApproveCaseService,
    private readonly rejectCase: RejectCaseService,
    private readonly returnCase: ReturnCaseService,
  ) {}

  @AuditedRead({
    subject: 'approval case',
    fields: ['applicant', 'conclusion', 'publicity', 'mailing address', 'scans'],
  })
  @Get()
  @ApiOkResponse({ type: ApprovalCaseView })
  get(
    @Param('applicationId', applicationIdPipe) applicationId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ApprovalCaseView> {
    return this.reader.find(staff, applicationId);
  }

  /** R11: not this county's jurisdiction; back to the residence county with the reason. */
  @Post('return')
  @Roles('APPROVER')
  @HttpCode(200)
  @ApiOkResponse({ type: ApprovalCaseView })
  async sendBack(
    @Param('applicationId', applicationIdPipe) applicationId: string,
    @Body() dto: ReturnCaseDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ApprovalCaseView> {
    await this.reader.requireVisibleTo(staff, applicationId);
    return this.reader.view(await this.returnCase.execute(applicationId, dto));
  }

  /** R11: approve; printing issues the card from the verified photo (R12, R30). */
  @Post('approve')
  @Roles('APPROVER')
  @HttpCode(200)
  @ApiOkResponse({ type: ApprovalCaseView })
  async approve(
    @Param('applicationId', applicationIdPipe) applicationId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ApprovalCaseView> {
    await this.reader.requireVisibleTo(staff, applicationId);
    return this.reader.view(await this.approveCase.execute(applicationId));
  }

  /** R11: reject with the reasons the applicant is told. */
  @Post('reject')
  @Roles('APPROVER')
  @HttpCode(200)
  @ApiOkResponse({ type: ApprovalCaseView })
  async reject(
    @Param('applicationId', applicationIdPipe) applicationId: string,
    @Body() dto: RejectCaseDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<ApprovalCaseView> {
    await this.reader.requireVisibleTo(staff, applicationId);
    return this.reader.view(await this.rejectCase.execute(applicationId, dto.reasons));
  }
}
