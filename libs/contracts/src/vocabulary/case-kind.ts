/** The nine kinds of case a county handles (DESIGN §2: new, renewals, migration, loss, cancellations, change). */
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

/** R6: an application comes in at the counter (staff enter it) or online (the applicant does). */
export const INTAKE_CHANNELS = ['ON_SITE', 'ONLINE'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];
