import { ServiceConfig } from '@tongban/config';

/** Notification's environment: the shared service variables (it adds none of its own yet). */
export class NotificationConfig extends ServiceConfig {}
