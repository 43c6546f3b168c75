import { Init1795936150328 } from './1795936150328-init';

/** Committed migrations of the intake schema, oldest first. */
export const INTAKE_MIGRATIONS = [Init1795936150328];
