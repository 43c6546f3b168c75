import { ServiceDefinition } from '@tongban/runtime';
import { NotificationConfig } from './config/notification.config';
import { NOTIFICATION_SERVICE, NotificationModule } from './notification.module';

/** How notification is run: by its main.ts, by tests and by tools. */
export const NOTIFICATION_DEFINITION: ServiceDefinition<NotificationConfig> = {
  serviceName: NOTIFICATION_SERVICE,
  configClass: NotificationConfig,
  rootModule: (config) => NotificationModule.forRoot(config),
  consumesEvents: true,
};
