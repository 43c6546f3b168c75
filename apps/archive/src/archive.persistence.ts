import { ARCHIVE_MIGRATIONS } from './migrations';

/** Archive's tables (schema `archive`): for now only the outbox and inbox every service keeps. */
export const ARCHIVE_PERSISTENCE = {
  entities: [],
  migrations: ARCHIVE_MIGRATIONS,
};
