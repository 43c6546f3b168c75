import { NOTIFICATION_MIGRATIONS } from './migrations';

/** Notification's tables (schema `notification`): for now only the outbox and inbox every service keeps. */
export const NOTIFICATION_PERSISTENCE = {
  entities: [],
  migrations: NOTIFICATION_MIGRATIONS,
};
