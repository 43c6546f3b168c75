import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChannelsModule } from '../channels/channels.module';
import { CaseRecipient } from '../notices/case-recipient.entity';
import { Notice } from '../notices/notice.entity';
import { NoticeDelivery } from './notice-delivery.entity';
import { NoticeDispatcher } from './notice-dispatcher.service';
import { NoticeRetrySweep } from './notice-retry-sweep';

/** Sends queued notices and retries failed ones on a durable, database-held schedule. */
@Module({
  imports: [TypeOrmModule.forFeature([Notice, CaseRecipient, NoticeDelivery]), ChannelsModule],
  providers: [NoticeDispatcher, NoticeRetrySweep],
  exports: [NoticeDispatcher],
})
export class DeliveryModule {}
