import { Init1795936153933 } from './1795936153933-init';

/** Committed migrations of the archive schema, oldest first. */
export const ARCHIVE_MIGRATIONS = [Init1795936153933];
