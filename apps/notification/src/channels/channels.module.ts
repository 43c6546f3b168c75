import { Module } from '@nestjs/common';
import { NotificationConfig } from '../config/notification.config';
import { createChannel } from './create-channel';
import { HttpGateway } from './http-gateway';
import { NotificationChannel } from './notification-channel';

/** Provides the one configured {@link NotificationChannel}. */
@Module({
  providers: [
    HttpGateway,
    {
      provide: NotificationChannel,
      inject: [NotificationConfig, HttpGateway],
      useFactory: createChannel,
    },
  ],
  exports: [NotificationChannel],
})
export class ChannelsModule {}
