import { Init1795936150997 } from './1795936150997-init';
import { ExchangeLog1795937634988 } from './1795937634988-exchange-log';

/** Committed migrations of the assessment schema, oldest first. */
export const ASSESSMENT_MIGRATIONS = [Init1795936150997, ExchangeLog1795937634988];
