import { Init1795936154745 } from './1795936154745-init';
import { ExchangeLog1795937641069 } from './1795937641069-exchange-log';

/** Committed migrations of the notification schema, oldest first. */
export const NOTIFICATION_MIGRATIONS = [Init1795936154745, ExchangeLog1795937641069];
