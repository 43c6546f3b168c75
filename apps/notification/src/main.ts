import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { NotificationConfig } from './config/notification.config';
import { NOTIFICATION_SERVICE, NotificationModule } from './notification.module';

void runService({
  serviceName: NOTIFICATION_SERVICE,
  configClass: NotificationConfig,
  rootModule: (config) => NotificationModule.forRoot(config),
  consumesEvents: false,
});
