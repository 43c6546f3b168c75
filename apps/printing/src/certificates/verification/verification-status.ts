import { compareLocalDates, type CertificateState, type LocalDate } from '@tongban/domain';

/** What the public learns about a card: its standing only, never who holds it or why (R32). */
export const VERIFICATION_STATUSES = [
  'VALID',
  'FROZEN',
  'REPORTED_LOST',
  'CANCELLED',
  'EXPIRED',
  'UNKNOWN',
] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** The facts of a certificate that decide its public standing. */
export interface VerifiableCertificate {
  status: CertificateState;
  validThrough: LocalDate;
}

/** The public standing of a card on `today` (China date). */
export function verificationStatus(
  certificate: VerifiableCertificate,
  today: LocalDate,
): Exclude<VerificationStatus, 'UNKNOWN'> {
  switch (certificate.status) {
    case 'ACTIVE':
      // R13: valid through the last day of its ten years, expired from the day after.
      return compareLocalDates(today, certificate.validThrough) > 0 ? 'EXPIRED' : 'VALID';
    case 'FROZEN':
      return 'FROZEN'; // R21: frozen stays frozen until migrated, whatever the dates say
    case 'REPORTED_LOST':
      // R22: whoever shows a card its holder reported lost is not its holder, whatever the dates.
      return 'REPORTED_LOST';
    case 'CANCELLED':
      return 'CANCELLED'; // R21, R23
    case 'MIGRATED_OUT':
      // R18/R19: the new hukou county printed the holder a new card; this one is collected (R28).
      return 'CANCELLED';
    case 'SUPERSEDED':
      // A newer card replaced this one (renewal, replacement, change) and R28 collects it: the
      // old card is no longer valid, and saying "replaced" would add nothing a verifier needs.
      return 'CANCELLED';
  }
}

/** Whether the answer carries the last day of validity (not for a cancelled or lost card). */
export function showsValidUntil(status: VerificationStatus): boolean {
  return status === 'VALID' || status === 'EXPIRED' || status === 'FROZEN';
}
