import { ReadAudit1796305546426 } from '@tongban/runtime';
import { EncryptedOutbox1796315100000, PurgeableOutbox1796289612434 } from '@tongban/messaging';
import { Init1795936150328 } from './1795936150328-init';
import { ExchangeLog1795937633749 } from './1795937633749-exchange-log';
import { Applications1795938007949 } from './1795938007949-applications';
import { CaseProgress1795938651095 } from './1795938651095-case-progress';
import { ApplicantEmail1795944755204 } from './1795944755204-applicant-email';
import { CountyMaterials1795945000664 } from './1795945000664-county-materials';
import { CaseRecord1796221810648 } from './1796221810648-case-record';
import { CurrentCertificate1796223693957 } from './1796223693957-current-certificate';
import { CardFacts1796225752476 } from './1796225752476-card-facts';
import { OldCardCustody1796226058560 } from './1796226058560-old-card-custody';
import { CancelledCategories1796237281925 } from './1796237281925-cancelled-categories';
import { EncryptedPersonalFields1796315189515 } from './1796315189515-encrypted-personal-fields';

/** Committed migrations of the intake schema, oldest first. */
export const INTAKE_MIGRATIONS = [
  Init1795936150328,
  ExchangeLog1795937633749,
  Applications1795938007949,
  CaseProgress1795938651095,
  ApplicantEmail1795944755204,
  CountyMaterials1795945000664,
  CaseRecord1796221810648,
  CurrentCertificate1796223693957,
  CardFacts1796225752476,
  OldCardCustody1796226058560,
  CancelledCategories1796237281925,
  PurgeableOutbox1796289612434,
  ReadAudit1796305546426,
  EncryptedOutbox1796315100000,
  EncryptedPersonalFields1796315189515,
];
