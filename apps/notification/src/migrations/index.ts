import { ReadAudit1796305546426 } from '@tongban/runtime';
import { EncryptedOutbox1796315100000, PurgeableOutbox1796289612434 } from '@tongban/messaging';
import { Init1795936154745 } from './1795936154745-init';
import { ExchangeLog1795937641069 } from './1795937641069-exchange-log';
import { Notices1795938147150 } from './1795938147150-notices';
import { NoticeCounties1795940049453 } from './1795940049453-notice-counties';
import { CaseKindOfRecipient1796238647198 } from './1796238647198-case-kind-of-recipient';
import { EncryptedPersonalFields1796315193979 } from './1796315193979-encrypted-personal-fields';

/** Committed migrations of the notification schema, oldest first. */
export const NOTIFICATION_MIGRATIONS = [
  Init1795936154745,
  ExchangeLog1795937641069,
  Notices1795938147150,
  NoticeCounties1795940049453,
  CaseKindOfRecipient1796238647198,
  PurgeableOutbox1796289612434,
  ReadAudit1796305546426,
  EncryptedOutbox1796315100000,
  EncryptedPersonalFields1796315193979,
];
