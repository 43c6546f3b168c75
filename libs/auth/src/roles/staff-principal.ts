import type { StaffRole } from './staff-role';

/** The staff member a verified token names: who, in which role, for which county. */
export interface StaffPrincipal {
  /** Staff account id (the token's `sub`). */
  readonly staffId: string;
  readonly role: StaffRole;
  /** 6-digit GB/T 2260 code of the county federation the staff member works for. */
  readonly county: string;
  /** The token's id (`jti`), so a later revocation list or login record can name it. */
  readonly tokenId: string;
  readonly issuedAt: Date;
  readonly expiresAt: Date;
}
