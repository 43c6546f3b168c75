import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { CaseAccessPolicy, CurrentStaff, StaffPrincipal } from '@tongban/auth';
import { Repository } from 'typeorm';
import { CaseRecipient } from './case-recipient.entity';
import { FindNoticesQuery } from './find-notices.query';
import { NoticeView } from './notice.view';
import { Notice } from './notice.entity';
import { AuditedRead } from '@tongban/runtime';

@ApiTags('notices')
@Controller('notices')
export class NoticesController {
  constructor(
    @InjectRepository(Notice) private readonly notices: Repository<Notice>,
    @InjectRepository(CaseRecipient) private readonly recipients: Repository<CaseRecipient>,
    private readonly access: CaseAccessPolicy,
  ) {}

  /** The notice log of a case, in the order of the flow; empty for a case without notices. */
  @AuditedRead({
    subject: 'notices',
    fields: ['recipient', 'notice text'],
    caseOf: (request) => String(request.query.applicationId ?? ''),
  })
  @Get()
  @ApiOkResponse({ type: NoticeView, isArray: true })
  async list(
    @Query() query: FindNoticesQuery,
    @CurrentStaff() staff: StaffPrincipal,
  ): Promise<NoticeView[]> {
    const { applicationId } = query;
    const [notices, recipient] = await Promise.all([
      this.notices.find({ where: { applicationId }, order: { step: 'ASC', recordedAt: 'ASC' } }),
      this.recipients.findOneBy({ applicationId }),
    ]);
    // Nothing is known of the case here, so there is nothing to protect or to show.
    if (notices.length === 0 && recipient === null) return [];
    // R32: the counties taking part, as the case's events and its acceptance named them.
    const counties = new Set(notices.flatMap((notice) => notice.caseCountyCodes));
    if (recipient) counties.add(recipient.residenceCountyCode);
    this.access.assertCountyTakesPart(staff, [...counties], applicationId);
    return notices.map((notice) => NoticeView.of(notice));
  }
}
