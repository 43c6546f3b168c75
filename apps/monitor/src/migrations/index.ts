import { Init1795936155490 } from './1795936155490-init';

/** Committed migrations of the monitor schema, oldest first. */
export const MONITOR_MIGRATIONS = [Init1795936155490];
