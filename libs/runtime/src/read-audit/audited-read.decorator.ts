import { SetMetadata } from '@nestjs/common';

/** What a staff route reads, for the read audit. */
export interface AuditedReadOptions {
  /** What is read: "application", "assessment case", "certificate", … */
  subject: string;
  /** The parts of it that hold personal data or scans. */
  fields: [string, ...string[]];
  /**
   * The case read, from the request or the answer; default: the `applicationId` route
   * parameter.
   */
  caseOf?: (request: AuditedRequest, body: unknown) => string | undefined;
}

/** The parts of a request the read audit looks at (Express shape). */
export interface AuditedRequest {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
}

export const AUDITED_READ_KEY = 'tongban:read-audit';

/**
 * Records every successful call of a staff route that returns a case's personal data or scans
 * (who, when, which case, which parts, from where) before the answer leaves: a read that
 * cannot be recorded is not answered.
 */
export const AuditedRead = (options: AuditedReadOptions) => SetMetadata(AUDITED_READ_KEY, options);
