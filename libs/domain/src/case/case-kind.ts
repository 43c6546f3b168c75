/**
 * The nine kinds of case (the circular's six matters, with 换领 and 注销 split by their flows):
 * DESIGN §2 R7–R24. Contracts reuse these literals; they are defined here because domain depends on nothing.
 */
export const CASE_KINDS = [
  'NEW',
  'RENEWAL_EXPIRY',
  'RENEWAL_DAMAGED',
  'RENEWAL_DATA_UPDATE',
  'MIGRATION',
  'LOSS_REPLACEMENT',
  'CANCELLATION_FULL',
  'CANCELLATION_PARTIAL',
  'CATEGORY_LEVEL_CHANGE',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** Chinese name and English label of each case kind, as a service guide (R35) lists them. */
export const CASE_KIND_INFO: Readonly<Record<CaseKind, { nameZh: string; labelEn: string }>> = {
  NEW: { nameZh: '残疾人证新办', labelEn: 'New certificate' },
  RENEWAL_EXPIRY: { nameZh: '到期换证', labelEn: 'Renewal on expiry' },
  RENEWAL_DAMAGED: { nameZh: '残损换新', labelEn: 'Replacement of a damaged card' },
  RENEWAL_DATA_UPDATE: { nameZh: '资料更新换证', labelEn: 'Renewal after a data update' },
  MIGRATION: { nameZh: '残疾人证迁移', labelEn: 'Migration after a hukou move' },
  LOSS_REPLACEMENT: { nameZh: '挂失补办', labelEn: 'Replacement after loss' },
  CANCELLATION_FULL: { nameZh: '注销残疾人证', labelEn: 'Cancellation of the certificate' },
  CANCELLATION_PARTIAL: { nameZh: '注销部分残疾类别', labelEn: 'Cancellation of some categories' },
  CATEGORY_LEVEL_CHANGE: { nameZh: '残疾类别/等级变更', labelEn: 'Change of category or level' },
};

/** True for one of the nine case-kind literals. */
export function isCaseKind(value: unknown): value is CaseKind {
  return typeof value === 'string' && (CASE_KINDS as readonly string[]).includes(value);
}
