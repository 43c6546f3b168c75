import { Init1795936150328 } from './1795936150328-init';
import { ExchangeLog1795937633749 } from './1795937633749-exchange-log';

/** Committed migrations of the intake schema, oldest first. */
export const INTAKE_MIGRATIONS = [Init1795936150328, ExchangeLog1795937633749];
