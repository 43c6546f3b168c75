import { ForbiddenException, Injectable } from '@nestjs/common';
import { StaffAccessAudit } from '../audit/staff-access-audit';
import type { StaffPrincipal } from '../roles/staff-principal';

/** R32: whether the staff member's county is one of the counties taking part in a case. */
export function countyTakesPart(
  staff: Pick<StaffPrincipal, 'county'>,
  countyCodes: readonly string[],
): boolean {
  return countyCodes.includes(staff.county);
}

/**
 * R32: staff see only cases their county takes part in (residence, hukou, destination or
 * original county). Services call it after loading a case and before returning or changing it.
 */
@Injectable()
export class CaseAccessPolicy {
  constructor(private readonly audit: StaffAccessAudit) {}

  /** Throws 403 (and writes an audit line) unless the staff member's county takes part in the case. */
  assertCountyTakesPart(
    staff: StaffPrincipal,
    countyCodes: readonly string[],
    caseId?: string,
  ): void {
    if (countyTakesPart(staff, countyCodes)) return;
    // The case's counties are left out of the message: they say where the applicant lives.
    const detail = `staff of county ${staff.county} may not access this case: only staff of the counties taking part in a case may (R32)`;
    this.audit.refused({
      status: 403,
      reason: 'case-county-not-involved',
      detail,
      staffId: staff.staffId,
      county: staff.county,
      role: staff.role,
      ...(caseId === undefined ? {} : { caseId }),
    });
    throw new ForbiddenException(detail);
  }
}
