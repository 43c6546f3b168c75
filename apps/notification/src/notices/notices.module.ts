import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationAcceptedConsumer } from './application-accepted.consumer';
import { CaseNoticesConsumer } from './case-notices.consumer';
import { CaseRecipient } from './case-recipient.entity';
import { Notice } from './notice.entity';
import { NoticesController } from './notices.controller';
import { RecordNoticeService } from './record-notice.service';
import { RegisterRecipientService } from './register-recipient.service';

/** Turns case events into notices and shows a case's notice log. */
@Module({
  imports: [TypeOrmModule.forFeature([Notice, CaseRecipient])],
  controllers: [NoticesController, ApplicationAcceptedConsumer, CaseNoticesConsumer],
  providers: [RecordNoticeService, RegisterRecipientService],
})
export class NoticesModule {}
