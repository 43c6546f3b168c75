import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, Roles, StaffPrincipal } from '@tongban/auth';
import { AuditedRead } from '@tongban/runtime';
import {
  MovePaperOriginalDto,
  PaperOriginalsQuery,
  RecordPaperOriginalDto,
} from './paper-original.dto';
import { PaperOriginalsView, PaperOriginalView } from './paper-original.view';
import { PaperRegistry } from './paper-registry.service';

/**
 * R19, R30: the register of paper originals the county keeps. Clerks record and move them;
 * auditors (and clerks) read it.
 */
@ApiTags('paper originals')
@Controller('paper-originals')
@Roles('CLERK')
export class PaperOriginalsController {
  constructor(private readonly registry: PaperRegistry) {}

  /** R30: a paper original the county keeps, and where. */
  @Post()
  @ApiCreatedResponse({ type: PaperOriginalView })
  record(
    @Body() dto: RecordPaperOriginalDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<PaperOriginalView> {
    return this.registry.record(dto, staff);
  }

  /** The original moved to another box or shelf; where it was stays in its history. */
  @Post(':paperOriginalId/moves')
  @ApiCreatedResponse({ type: PaperOriginalView })
  move(
    @Param('paperOriginalId', new ParseUUIDPipe()) paperOriginalId: string,
    @Body() dto: MovePaperOriginalDto,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<PaperOriginalView> {
    return this.registry.move(paperOriginalId, dto, staff);
  }

  /** The county's originals, of one case or all; the holder's ID number masked (R32). */
  @AuditedRead({
    subject: 'paper original',
    fields: ['holder (masked)', 'location'],
    caseOf: (request) =>
      typeof request.query['applicationId'] === 'string'
        ? request.query['applicationId']
        : undefined,
  })
  @Get()
  @Roles('CLERK', 'AUDITOR')
  @ApiOkResponse({ type: PaperOriginalsView })
  list(
    @Query() query: PaperOriginalsQuery,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<PaperOriginalsView> {
    return this.registry.list(staff, query);
  }

  /** One original with the holder's ID number and its moves (audited read, R32). */
  @AuditedRead({
    subject: 'paper original',
    fields: ['holder', 'location', 'moves'],
    caseOf: (_request, body) => (body as { applicationId?: string }).applicationId,
  })
  @Get(':paperOriginalId')
  @Roles('CLERK', 'AUDITOR')
  @ApiOkResponse({ type: PaperOriginalView })
  get(
    @Param('paperOriginalId', new ParseUUIDPipe()) paperOriginalId: string,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<PaperOriginalView> {
    return this.registry.get(staff, paperOriginalId);
  }
}
