import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ServiceConfig } from '@tongban/config';
import {
  auditPath,
  StaffAccessAudit,
  type StaffAccessRefusal,
  type StaffAccessRefusalReason,
} from '../audit/staff-access-audit';
import type { StaffPrincipal } from '../roles/staff-principal';
import { isReadOnlyRole, roleSatisfiesAny, type StaffRole } from '../roles/staff-role';
import { StaffTokenRejected, StaffTokenService } from '../tokens/staff-token.service';
import { IS_PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import type { StaffRequest } from './staff-request';
import { bearerToken, StaffRecognition } from './staff-recognition';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface HttpResponse {
  setHeader?: (name: string, value: string) => unknown;
}

type Who = Pick<StaffAccessRefusal, 'staffId' | 'county' | 'role'>;

/**
 * Global guard of every HTTP route (registered by AuthModule as APP_GUARD): a verified staff
 * token of a county this node serves, a role the route allows, and no writes by a read-only
 * role. Refusals are 401/403 JSON errors and one audit line each. Kafka handlers are not HTTP
 * and pass untouched: inter-county messages are authenticated by their signed envelopes.
 */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  private readonly servedCounties: readonly string[];

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: StaffTokenService,
    private readonly audit: StaffAccessAudit,
    private readonly recognition: StaffRecognition,
    config: ServiceConfig,
  ) {
    this.servedCounties = [...config.COUNTY_CODES];
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const http = context.switchToHttp();
    const request = http.getRequest<StaffRequest>();
    const targets = [context.getHandler(), context.getClass()];

    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets)) {
      // On a public route a token is optional; a valid one of a served county still names the caller.
      request.staff = this.recognition.recognise(request);
      return true;
    }

    const header = request.headers.authorization;
    if (header === undefined || header === '') {
      this.challenge(http.getResponse<HttpResponse>(), false);
      this.refuse(
        request,
        401,
        'token-missing',
        "missing Authorization header: staff endpoints need 'Authorization: Bearer <staff token>'",
      );
    }
    const token = bearerToken(header);
    if (token === undefined) {
      this.challenge(http.getResponse<HttpResponse>(), false);
      this.refuse(
        request,
        401,
        'token-not-bearer',
        "Authorization header must be 'Bearer <staff token>'",
      );
    }

    let staff: StaffPrincipal;
    try {
      staff = this.tokens.verify(token);
    } catch (error) {
      if (!(error instanceof StaffTokenRejected)) throw error;
      this.challenge(http.getResponse<HttpResponse>(), true);
      this.refuse(request, 401, `token-${error.reason}`, error.message, error.claimed);
    }

    const who: Who = { staffId: staff.staffId, county: staff.county, role: staff.role };
    if (!this.servedCounties.includes(staff.county)) {
      this.refuse(
        request,
        403,
        'county-not-served',
        `staff of county ${staff.county} are not served by this node (it serves ${this.servedCounties.join(', ')})`,
        who,
      );
    }
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES_KEY, targets);
    if (roles !== undefined && !roleSatisfiesAny(staff.role, roles)) {
      this.refuse(
        request,
        403,
        'role-not-allowed',
        `role ${staff.role} may not use this endpoint; it requires ${roles.join(' or ')}`,
        who,
      );
    }
    if (isReadOnlyRole(staff.role) && !SAFE_METHODS.has(request.method.toUpperCase())) {
      this.refuse(
        request,
        403,
        'role-read-only',
        `role ${staff.role} is read-only and may not use ${request.method.toUpperCase()}`,
        who,
      );
    }

    request.staff = staff;
    return true;
  }

  /** RFC 6750: a 401 tells the client which scheme to use. */
  private challenge(response: HttpResponse, tokenSent: boolean): void {
    response.setHeader?.(
      'WWW-Authenticate',
      tokenSent
        ? 'Bearer realm="tongban-staff", error="invalid_token"'
        : 'Bearer realm="tongban-staff"',
    );
  }

  private refuse(
    request: StaffRequest,
    status: 401 | 403,
    reason: StaffAccessRefusalReason,
    detail: string,
    who: Who = {},
  ): never {
    this.audit.refused({
      status,
      reason,
      detail,
      method: request.method,
      path: auditPath(request.originalUrl ?? request.url),
      ...who,
    });
    throw status === 401 ? new UnauthorizedException(detail) : new ForbiddenException(detail);
  }
}
