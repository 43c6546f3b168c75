import { APPROVAL_MIGRATIONS } from './migrations';

/** Approval's tables (schema `approval`): for now only the outbox and inbox every service keeps. */
export const APPROVAL_PERSISTENCE = {
  entities: [],
  migrations: APPROVAL_MIGRATIONS,
};
