import { Injectable, Logger } from '@nestjs/common';
import type { StaffTokenRejection } from '../tokens/staff-token.service';

/** Why a staff request was refused, as the audit line names it. */
export type StaffAccessRefusalReason =
  | 'token-missing'
  | 'token-not-bearer'
  | `token-${StaffTokenRejection}`
  | 'county-not-served'
  | 'role-not-allowed'
  | 'role-read-only'
  | 'case-county-not-involved';

/** One refused request. Holds no token and no applicant data. */
export interface StaffAccessRefusal {
  status: 401 | 403;
  reason: StaffAccessRefusalReason;
  /** The human-readable explanation also sent to the caller. */
  detail: string;
  method?: string;
  path?: string;
  staffId?: string;
  county?: string;
  role?: string;
  caseId?: string;
}

/** Path segments with a long digit run: a resident ID or certificate number (R32). */
const PERSONAL_NUMBER_SEGMENT = /\d{14,}/;
/** A card's verification token: whoever reads it may see the holder's photo. */
const VERIFICATION_TOKEN_SEGMENT = /^[A-Za-z0-9_-]{43}$/;

/**
 * A request path fit for logs: no query string, and no segment that looks like an ID number
 * or a card's verification token.
 */
export function auditPath(url: string): string {
  const path = url.split('?')[0] ?? '';
  return path
    .split('/')
    .map((segment) =>
      PERSONAL_NUMBER_SEGMENT.test(segment) || VERIFICATION_TOKEN_SEGMENT.test(segment)
        ? '[redacted]'
        : segment,
    )
    .join('/');
}

/** Writes one structured audit line per refused staff request (DESIGN.md §5, issue 4 item 10). */
@Injectable()
export class StaffAccessAudit {
  private readonly logger = new Logger('StaffAccess');

  /** Logs a refusal as a warning with event "staff_access_refused". */
  refused(refusal: StaffAccessRefusal): void {
    this.logger.warn({ msg: 'staff access refused', event: 'staff_access_refused', ...refusal });
  }
}
