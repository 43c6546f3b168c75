import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ApplicationDraft } from './application-draft.entity';
import { ApplicationDraftView } from './application-draft.view';
import { CreateApplicationDraftDto } from './create-application-draft.dto';
import { CreateApplicationDraftService } from './create-application-draft.service';

@ApiTags('applications')
@Controller('applications/drafts')
export class ApplicationDraftsController {
  constructor(
    private readonly createDraft: CreateApplicationDraftService,
    @InjectRepository(ApplicationDraft) private readonly drafts: Repository<ApplicationDraft>,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: ApplicationDraftView })
  create(@Body() dto: CreateApplicationDraftDto): Promise<ApplicationDraftView> {
    return this.createDraft.execute(dto);
  }

  @Get(':applicationId')
  @ApiOkResponse({ type: ApplicationDraftView })
  async get(
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
  ): Promise<ApplicationDraftView> {
    const draft = await this.drafts.findOneBy({ id: applicationId });
    if (!draft) throw new NotFoundException(`application ${applicationId} not found`);
    return ApplicationDraftView.of(draft);
  }
}
