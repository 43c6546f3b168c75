import { ReadAudit1796305546426 } from '@tongban/runtime';
import { EncryptedOutbox1796315100000, PurgeableOutbox1796289612434 } from '@tongban/messaging';
import { Init1795936152433 } from './1795936152433-init';
import { ExchangeLog1795937637282 } from './1795937637282-exchange-log';
import { ApprovalDesk1795938825422 } from './1795938825422-approval-desk';
import { FreshDocumentUrls1795945035114 } from './1795945035114-fresh-document-urls';
import { DocumentTitles1795945472982 } from './1795945472982-document-titles';
import { CaseRecord1796222963167 } from './1796222963167-case-record';
import { FiledCategories1796237638637 } from './1796237638637-filed-categories';
import { EncryptedPersonalFields1796315202028 } from './1796315202028-encrypted-personal-fields';

/** Committed migrations of the approval schema, oldest first. */
export const APPROVAL_MIGRATIONS = [
  Init1795936152433,
  ExchangeLog1795937637282,
  ApprovalDesk1795938825422,
  FreshDocumentUrls1795945035114,
  DocumentTitles1795945472982,
  CaseRecord1796222963167,
  FiledCategories1796237638637,
  PurgeableOutbox1796289612434,
  ReadAudit1796305546426,
  EncryptedOutbox1796315100000,
  EncryptedPersonalFields1796315202028,
];
