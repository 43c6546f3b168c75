import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationDraft } from './application-draft.entity';
import { ApplicationDraftsController } from './application-drafts.controller';
import { CreateApplicationDraftService } from './create-application-draft.service';

@Module({
  imports: [TypeOrmModule.forFeature([ApplicationDraft])],
  controllers: [ApplicationDraftsController],
  providers: [CreateApplicationDraftService],
})
export class ApplicationDraftsModule {}
