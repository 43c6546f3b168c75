import { MONITOR_MIGRATIONS } from './migrations';

/** Monitor's tables (schema `monitor`): for now only the outbox and inbox every service keeps. */
export const MONITOR_PERSISTENCE = {
  entities: [],
  migrations: MONITOR_MIGRATIONS,
};
