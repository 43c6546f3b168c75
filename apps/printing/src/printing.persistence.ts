import { PRINTING_MIGRATIONS } from './migrations';

/** Printing's tables (schema `printing`): for now only the outbox and inbox every service keeps. */
export const PRINTING_PERSISTENCE = {
  entities: [],
  migrations: PRINTING_MIGRATIONS,
};
