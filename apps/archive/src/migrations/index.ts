import { ReadAudit1796305546426 } from '@tongban/runtime';
import { EncryptedOutbox1796315100000, PurgeableOutbox1796289612434 } from '@tongban/messaging';
import { Init1795936153933 } from './1795936153933-init';
import { ExchangeLog1795937639853 } from './1795937639853-exchange-log';
import { ArchiveRecords1796691709895 } from './1796691709895-archive-records';

/** Committed migrations of the archive schema, oldest first. */
export const ARCHIVE_MIGRATIONS = [
  Init1795936153933,
  ExchangeLog1795937639853,
  PurgeableOutbox1796289612434,
  ReadAudit1796305546426,
  EncryptedOutbox1796315100000,
  ArchiveRecords1796691709895,
];
