import { Init1795936153160 } from './1795936153160-init';

/** Committed migrations of the printing schema, oldest first. */
export const PRINTING_MIGRATIONS = [Init1795936153160];
