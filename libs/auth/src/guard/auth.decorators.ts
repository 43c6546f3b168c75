import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { StaffPrincipal } from '../roles/staff-principal';
import type { StaffRole } from '../roles/staff-role';
import type { StaffRequest } from './staff-request';

/** Metadata key of {@link Public}. */
export const IS_PUBLIC_KEY = 'tongban:auth:public';
/** Metadata key of {@link Roles}. */
export const ROLES_KEY = 'tongban:auth:roles';

/**
 * Opens a handler or controller to callers without a staff token: health, public certificate
 * verification, the applicant's own status lookup. A valid token, if sent, is still read.
 */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/**
 * Limits a handler or controller to staff holding one of the roles (403 otherwise). A handler's
 * roles replace its controller's. A supervisor passes wherever a clerk does.
 */
export const Roles = (...roles: [StaffRole, ...StaffRole[]]) =>
  // In the OpenAPI document too, so the access matrix (and any client) can read them.
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension(ROLES_EXTENSION, roles));

/** The OpenAPI extension naming the roles an operation allows (absent: every role). */
export const ROLES_EXTENSION = 'x-tongban-roles';

/** Options of {@link CurrentStaff}. */
export interface CurrentStaffOptions {
  /** On a `@Public()` route: undefined instead of 401 when no valid token came. */
  optional?: boolean;
}

/** The verified {@link StaffPrincipal} of the request, as a handler parameter. */
export const CurrentStaff = createParamDecorator(
  (options: CurrentStaffOptions | undefined, context: ExecutionContext) => {
    const request = context.switchToHttp().getRequest<StaffRequest>();
    const staff: StaffPrincipal | undefined = request.staff;
    if (staff === undefined && !options?.optional) {
      throw new UnauthorizedException('this endpoint needs a valid staff token');
    }
    return staff;
  },
);
