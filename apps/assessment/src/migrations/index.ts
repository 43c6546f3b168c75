import { ReadAudit1796305546426 } from '@tongban/runtime';
import { EncryptedOutbox1796315100000, PurgeableOutbox1796289612434 } from '@tongban/messaging';
import { Init1795936150997 } from './1795936150997-init';
import { ExchangeLog1795937634988 } from './1795937634988-exchange-log';
import { DesignationAndConclusion1795938206344 } from './1795938206344-designation-and-conclusion';
import { CasePlan1796221813004 } from './1796221813004-case-plan';
import { InstitutionUniqueName1796224179652 } from './1796224179652-institution-unique-name';
import { EncryptedPersonalFields1796315197909 } from './1796315197909-encrypted-personal-fields';

/** Committed migrations of the assessment schema, oldest first. */
export const ASSESSMENT_MIGRATIONS = [
  Init1795936150997,
  ExchangeLog1795937634988,
  DesignationAndConclusion1795938206344,
  CasePlan1796221813004,
  InstitutionUniqueName1796224179652,
  PurgeableOutbox1796289612434,
  ReadAudit1796305546426,
  EncryptedOutbox1796315100000,
  EncryptedPersonalFields1796315197909,
];
