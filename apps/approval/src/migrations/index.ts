import { Init1795936152433 } from './1795936152433-init';

/** Committed migrations of the approval schema, oldest first. */
export const APPROVAL_MIGRATIONS = [Init1795936152433];
