import { ReadAudit1796305546426 } from '@tongban/runtime';
import { EncryptedOutbox1796315100000, PurgeableOutbox1796289612434 } from '@tongban/messaging';
import { Init1795936155490 } from './1795936155490-init';
import { ExchangeLog1795937642401 } from './1795937642401-exchange-log';
import { MonitoringStream1795945464325 } from './1795945464325-monitoring-stream';
import { ReadCounts1796306811665 } from './1796306811665-read-counts';
import { KeyRegistry1796689822588 } from './1796689822588-key-registry';

/** Committed migrations of the monitor schema, oldest first. */
export const MONITOR_MIGRATIONS = [
  Init1795936155490,
  ExchangeLog1795937642401,
  MonitoringStream1795945464325,
  PurgeableOutbox1796289612434,
  ReadAudit1796305546426,
  ReadCounts1796306811665,
  EncryptedOutbox1796315100000,
  KeyRegistry1796689822588,
];
