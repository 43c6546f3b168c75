import { DynamicModule, Module } from '@nestjs/common';
import { ServiceRuntimeModule } from '@tongban/runtime';
import { NotificationConfig } from './config/notification.config';
import { DeliveryModule } from './delivery/delivery.module';
import { NOTIFICATION_PERSISTENCE } from './notification.persistence';
import { NoticesModule } from './notices/notices.module';

export const NOTIFICATION_SERVICE = 'notification';

/**
 * Notification: the residence county's notices to the applicant at each step (R8, R10–R12),
 * including the hukou county's decisions that come back over county topics.
 */
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
        NoticesModule,
        DeliveryModule,
      ],
    };
  }
}
