import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FindNoticesQuery } from './find-notices.query';
import { NoticeView } from './notice.view';
import { Notice } from './notice.entity';

@ApiTags('notices')
@Controller('notices')
export class NoticesController {
  constructor(@InjectRepository(Notice) private readonly notices: Repository<Notice>) {}

  /** The notice log of a case, in the order of the flow; empty for a case without notices. */
  @Get()
  @ApiOkResponse({ type: NoticeView, isArray: true })
  async list(@Query() query: FindNoticesQuery): Promise<NoticeView[]> {
    const notices = await this.notices.find({
      where: { applicationId: query.applicationId },
      order: { step: 'ASC', recordedAt: 'ASC' },
    });
    return notices.map((notice) => NoticeView.of(notice));
  }
}
