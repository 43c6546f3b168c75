/** The six notices of a new-certificate case, in the order the applicant receives them. */
export const NOTICE_TYPES = [
  'APPLICATION_ACCEPTED',
  'APPLICATION_REFUSED',
  'INSTITUTION_DESIGNATED',
  'PUBLICITY_STARTED',
  'CASE_DECIDED',
  'CERTIFICATE_DISPATCHED',
] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];

/** Position in the flow: notices released together go out in this order (受理 first). */
export const NOTICE_STEP: Readonly<Record<NoticeType, number>> = {
  APPLICATION_ACCEPTED: 1,
  APPLICATION_REFUSED: 1,
  INSTITUTION_DESIGNATED: 2,
  PUBLICITY_STARTED: 3,
  CASE_DECIDED: 4,
  CERTIFICATE_DISPATCHED: 5,
};

/**
 * PENDING_RECIPIENT: the event came before intake's acceptance told us whom to notify.
 * QUEUED: rendered and due. SENT: the channel took it. FAILED: the last send failed; a retry
 * is scheduled. UNDELIVERED: attempts exhausted or unreachable this way; staff must follow up.
 */
export const NOTICE_STATUSES = [
  'PENDING_RECIPIENT',
  'QUEUED',
  'SENT',
  'FAILED',
  'UNDELIVERED',
] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** Statuses the dispatcher picks up once their next attempt is due. */
export const DUE_STATUSES: readonly NoticeStatus[] = ['QUEUED', 'FAILED'];
