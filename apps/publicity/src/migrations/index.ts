import { Init1795936151711 } from './1795936151711-init';

/** Committed migrations of the publicity schema, oldest first. */
export const PUBLICITY_MIGRATIONS = [Init1795936151711];
