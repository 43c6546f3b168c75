// What composes this service from outside (end-to-end tests, tools): never other services.
export { NotificationConfig } from './config/notification.config';
export { NOTIFICATION_DEFINITION } from './notification.definition';
export { NOTIFICATION_PERSISTENCE } from './notification.persistence';
