import { ReadAudit1796305546426 } from '@tongban/runtime';
import { EncryptedOutbox1796315100000, PurgeableOutbox1796289612434 } from '@tongban/messaging';
import { Init1795936151711 } from './1795936151711-init';
import { ExchangeLog1795937636156 } from './1795937636156-exchange-log';
import { PublicityDesk1795938468918 } from './1795938468918-publicity-desk';

/** Committed migrations of the publicity schema, oldest first. */
export const PUBLICITY_MIGRATIONS = [
  Init1795936151711,
  ExchangeLog1795937636156,
  PublicityDesk1795938468918,
  PurgeableOutbox1796289612434,
  ReadAudit1796305546426,
  EncryptedOutbox1796315100000,
];
