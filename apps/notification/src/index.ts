// What composes this service from outside (end-to-end tests, tools): never other services.
export { NotificationConfig } from './config/notification.config';
export { NOTIFICATION_PERSISTENCE } from './notification.persistence';
export { NOTIFICATION_SERVICE, NotificationModule } from './notification.module';
