import { Init1795936154745 } from './1795936154745-init';

/** Committed migrations of the notification schema, oldest first. */
export const NOTIFICATION_MIGRATIONS = [Init1795936154745];
