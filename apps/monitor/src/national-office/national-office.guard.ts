import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UseGuards,
} from '@nestjs/common';
import { ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Roles, StaffAccessAudit, type StaffRequest } from '@tongban/auth';
import { NATIONAL_MONITOR_COUNTY } from '@tongban/contracts';

/**
 * R32: the whole country's figures are for the national office alone. The node serves only
 * 100000 in deployment; this check holds even if it were configured to serve a county too.
 */
@Injectable()
export class NationalOfficeGuard implements CanActivate {
  constructor(private readonly audit: StaffAccessAudit) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<StaffRequest>();
    const staff = request.staff;
    if (staff?.county === NATIONAL_MONITOR_COUNTY) return true;
    const detail = `only staff of the national monitoring office (${NATIONAL_MONITOR_COUNTY}) may read or change national monitoring (R32)`;
    this.audit.refused({
      status: 403,
      reason: 'county-not-served',
      detail,
      method: request.method,
      ...(staff ? { staffId: staff.staffId, county: staff.county, role: staff.role } : {}),
    });
    throw new ForbiddenException(detail);
  }
}

/** Read access of the national office: its supervisors and auditors, no county staff. */
export const NationalOfficeReaders = () =>
  applyDecorators(
    Roles('SUPERVISOR', 'AUDITOR'),
    UseGuards(NationalOfficeGuard),
    ApiUnauthorizedResponse({ description: 'No valid staff token' }),
    ApiForbiddenResponse({
      description: 'Not a supervisor or auditor of the national monitoring office (100000)',
    }),
  );
