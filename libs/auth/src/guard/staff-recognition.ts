import { Injectable } from '@nestjs/common';
import { ServiceConfig } from '@tongban/config';
import type { StaffPrincipal } from '../roles/staff-principal';
import { StaffTokenRejected, StaffTokenService } from '../tokens/staff-token.service';
import type { StaffRequest } from './staff-request';

const BEARER = /^Bearer +([^\s]+) *$/i;

/**
 * Who a request's bearer token names, when it is valid and of a county this node serves.
 * Never refuses: public routes use it to tell staff from the public (the staff guard, rate limits).
 */
@Injectable()
export class StaffRecognition {
  private readonly servedCounties: readonly string[];

  constructor(
    private readonly tokens: StaffTokenService,
    config: ServiceConfig,
  ) {
    this.servedCounties = [...config.COUNTY_CODES];
  }

  /** The staff member of a valid token of a served county, else undefined. */
  recognise(request: Pick<StaffRequest, 'headers'>): StaffPrincipal | undefined {
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) return undefined;
    try {
      const staff = this.tokens.verify(token);
      return this.servedCounties.includes(staff.county) ? staff : undefined;
    } catch (error) {
      if (!(error instanceof StaffTokenRejected)) throw error;
      return undefined;
    }
  }
}

/** The token of an `Authorization: Bearer <token>` header (scheme name in any case). */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  return BEARER.exec(header)?.[1];
}
