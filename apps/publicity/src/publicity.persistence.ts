import { PUBLICITY_MIGRATIONS } from './migrations';

/** Publicity's tables (schema `publicity`): for now only the outbox and inbox every service keeps. */
export const PUBLICITY_PERSISTENCE = {
  entities: [],
  migrations: PUBLICITY_MIGRATIONS,
};
