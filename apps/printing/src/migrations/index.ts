import { ReadAudit1796305546426 } from '@tongban/runtime';
import { EncryptedOutbox1796315100000, PurgeableOutbox1796289612434 } from '@tongban/messaging';
import { Init1795936153160 } from './1795936153160-init';
import { ExchangeLog1795937638689 } from './1795937638689-exchange-log';
import { Certificates1795938160801 } from './1795938160801-certificates';
import { CardRegister1796223160815 } from './1796223160815-card-register';
import { CardIdKeys1796226106707 } from './1796226106707-card-id-keys';
import { CardImpairments1796287741699 } from './1796287741699-card-impairments';
import { EncryptedPersonalFields1796315206476 } from './1796315206476-encrypted-personal-fields';
import { EncryptedCardNumbers1796689659462 } from './1796689659462-encrypted-card-numbers';

/** Committed migrations of the printing schema, oldest first. */
export const PRINTING_MIGRATIONS = [
  Init1795936153160,
  ExchangeLog1795937638689,
  Certificates1795938160801,
  CardRegister1796223160815,
  CardIdKeys1796226106707,
  CardImpairments1796287741699,
  PurgeableOutbox1796289612434,
  ReadAudit1796305546426,
  EncryptedOutbox1796315100000,
  EncryptedPersonalFields1796315206476,
  EncryptedCardNumbers1796689659462,
];
