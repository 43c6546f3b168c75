import { Init1795936150997 } from './1795936150997-init';

/** Committed migrations of the assessment schema, oldest first. */
export const ASSESSMENT_MIGRATIONS = [Init1795936150997];
