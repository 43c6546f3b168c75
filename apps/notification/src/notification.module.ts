import { DynamicModule, Module } from '@nestjs/common';
import { ServiceRuntimeModule } from '@tongban/runtime';
import { NotificationConfig } from './config/notification.config';
import { NOTIFICATION_PERSISTENCE } from './notification.persistence';

export const NOTIFICATION_SERVICE = 'notification';

/** Notification: notices to applicants through SMS, email and log channels (R8, R12). */
@Module({})
export class NotificationModule {
  static forRoot(config: NotificationConfig): DynamicModule {
    return {
      module: NotificationModule,
      imports: [
        ServiceRuntimeModule.forService({
          serviceName: NOTIFICATION_SERVICE,
          config,
          ...NOTIFICATION_PERSISTENCE,
        }),
      ],
    };
  }
}
