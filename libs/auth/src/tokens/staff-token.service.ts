import { Inject, Injectable, Optional } from '@nestjs/common';
import { JsonWebTokenError, JwtService, NotBeforeError, TokenExpiredError } from '@nestjs/jwt';
import { ServiceConfig } from '@tongban/config';
import { Clock, SystemClock } from '@tongban/util';
import { randomUUID } from 'node:crypto';
import type { StaffPrincipal } from '../roles/staff-principal';
import type { StaffRole } from '../roles/staff-role';
import {
  COUNTY_CODE_PATTERN,
  STAFF_ID_PATTERN,
  STAFF_TOKEN_ISSUER,
  staffClaimProblems,
  type StaffTokenClaims,
} from './staff-token-claims';

/** Lifetime of a token when the issuer names none: one working day. */
export const DEFAULT_STAFF_TOKEN_TTL_SECONDS = 8 * 3600;
/** Longest lifetime a staff token may have; R31 wants staff to log in every working day. */
export const MAX_STAFF_TOKEN_TTL_SECONDS = 24 * 3600;
/** Shortest secret accepted, as ServiceConfig.STAFF_TOKEN_SECRET demands. */
export const MIN_STAFF_TOKEN_SECRET_LENGTH = 32;
/** Clock difference tolerated between the issuing and the verifying machine. */
const CLOCK_TOLERANCE_SECONDS = 30;

/** Why a presented token was refused; each maps to a 401 with its own message. */
export type StaffTokenRejection =
  'malformed' | 'algorithm' | 'signature' | 'issuer' | 'expired' | 'not-yet-valid' | 'claims';

/** A presented staff token that does not prove who is calling. The message never holds the token. */
export class StaffTokenRejected extends Error {
  constructor(
    readonly reason: StaffTokenRejection,
    message: string,
    /** Who the token names, only when its signature held (an expired or ill-formed but genuine token). */
    readonly claimed: { staffId?: string; county?: string } = {},
  ) {
    super(message);
    this.name = 'StaffTokenRejected';
  }
}

/** A request to issue a token that could never be verified (bad staff id, role, county, lifetime). */
export class StaffTokenInputError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cannot issue staff token: ${problems.join('; ')}`);
    this.name = 'StaffTokenInputError';
  }
}

/** Who a new token is for. */
export interface IssueStaffTokenInput {
  staffId: string;
  role: StaffRole;
  county: string;
  /** Lifetime in whole seconds; default {@link DEFAULT_STAFF_TOKEN_TTL_SECONDS}. */
  ttlSeconds?: number;
}

/** A freshly signed token and the principal it proves. */
export interface IssuedStaffToken {
  token: string;
  principal: StaffPrincipal;
}

const toSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * Signs and verifies this node's staff tokens: HS256 JWTs under STAFF_TOKEN_SECRET carrying
 * sub (staff id), role, county, jti, iat and exp. Verification trusts nothing it has not checked:
 * the algorithm is pinned, the issuer must be Tongban staff and every claim is validated.
 */
@Injectable()
export class StaffTokenService {
  private readonly jwt: JwtService;
  private readonly clock: Clock;

  constructor(
    @Inject(ServiceConfig) config: Pick<ServiceConfig, 'STAFF_TOKEN_SECRET'>,
    @Optional() @Inject(Clock) clock?: Clock,
  ) {
    const secret = config.STAFF_TOKEN_SECRET;
    if (typeof secret !== 'string' || secret.length < MIN_STAFF_TOKEN_SECRET_LENGTH) {
      throw new Error(
        `STAFF_TOKEN_SECRET must be at least ${MIN_STAFF_TOKEN_SECRET_LENGTH} characters`,
      );
    }
    this.clock = clock ?? new SystemClock();
    this.jwt = new JwtService({
      secret,
      signOptions: { algorithm: 'HS256' },
      verifyOptions: {
        algorithms: ['HS256'],
        issuer: STAFF_TOKEN_ISSUER,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      },
    });
  }

  /** Signs a token for a staff member (login, tooling, tests); refuses claims verify() would refuse. */
  issue(input: IssueStaffTokenInput): IssuedStaffToken {
    const ttl = input.ttlSeconds ?? DEFAULT_STAFF_TOKEN_TTL_SECONDS;
    const problems: string[] = [];
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_STAFF_TOKEN_TTL_SECONDS) {
      problems.push(`lifetime must be 1 to ${MAX_STAFF_TOKEN_TTL_SECONDS} whole seconds`);
    }
    const iat = toSeconds(this.clock.now());
    const claims: StaffTokenClaims = {
      sub: input.staffId,
      role: input.role,
      county: input.county,
      jti: randomUUID(),
      iat,
      exp: iat + ttl,
    };
    problems.push(...staffClaimProblems(claims));
    if (problems.length > 0) throw new StaffTokenInputError(problems);

    const token = this.jwt.sign({ ...claims, iss: STAFF_TOKEN_ISSUER });
    return { token, principal: principalOf(claims) };
  }

  /** The principal a token proves, or a {@link StaffTokenRejected} saying what is wrong with it. */
  verify(token: string): StaffPrincipal {
    const now = toSeconds(this.clock.now());
    let payload: unknown;
    try {
      payload = this.jwt.verify<object>(token, { clockTimestamp: now });
    } catch (error) {
      throw this.rejection(error, token);
    }
    if (typeof payload !== 'object' || payload === null) {
      throw new StaffTokenRejected('malformed', 'staff token payload is not a JSON object');
    }
    const problems = staffClaimProblems(payload);
    const claims = payload as StaffTokenClaims;
    if (problems.length === 0) {
      if (claims.exp <= claims.iat) problems.push('claim "exp" must be later than "iat"');
      else if (claims.exp - claims.iat > MAX_STAFF_TOKEN_TTL_SECONDS) {
        problems.push(`token lifetime exceeds ${MAX_STAFF_TOKEN_TTL_SECONDS / 3600} hours`);
      }
      if (claims.iat > now + CLOCK_TOLERANCE_SECONDS) {
        problems.push('claim "iat" lies in the future');
      }
    }
    if (problems.length > 0) {
      throw new StaffTokenRejected(
        'claims',
        `staff token claims are invalid: ${problems.join('; ')}`,
        claimedBy(payload),
      );
    }
    return principalOf(claims);
  }

  private rejection(error: unknown, token: string): StaffTokenRejected {
    // jsonwebtoken checks the signature before the time claims, so an expired or not-yet-valid
    // token is genuine and may name its holder in the audit line.
    if (error instanceof TokenExpiredError) {
      return new StaffTokenRejected(
        'expired',
        `staff token expired at ${error.expiredAt.toISOString()}; obtain a new one`,
        claimedBy(this.jwt.decode<unknown>(token)),
      );
    }
    if (error instanceof NotBeforeError) {
      return new StaffTokenRejected(
        'not-yet-valid',
        `staff token is not valid before ${error.date.toISOString()}`,
        claimedBy(this.jwt.decode<unknown>(token)),
      );
    }
    const message = error instanceof JsonWebTokenError ? error.message : '';
    if (message === 'invalid signature') {
      return new StaffTokenRejected(
        'signature',
        "staff token signature does not match this node's staff token secret",
      );
    }
    if (message === 'invalid algorithm' || message === 'jwt signature is required') {
      return new StaffTokenRejected('algorithm', 'staff token must be signed with HS256');
    }
    if (message.startsWith('jwt issuer invalid')) {
      return new StaffTokenRejected(
        'issuer',
        `token was not issued as a Tongban staff token (iss must be "${STAFF_TOKEN_ISSUER}")`,
      );
    }
    return new StaffTokenRejected(
      'malformed',
      'staff token is malformed (expected a signed JWT: header.payload.signature)',
    );
  }
}

function principalOf(claims: StaffTokenClaims): StaffPrincipal {
  return {
    staffId: claims.sub,
    role: claims.role,
    county: claims.county,
    tokenId: claims.jti,
    issuedAt: new Date(claims.iat * 1000),
    expiresAt: new Date(claims.exp * 1000),
  };
}

/** The holder a genuine token names, keeping only values safe to print. */
function claimedBy(payload: unknown): { staffId?: string; county?: string } {
  if (typeof payload !== 'object' || payload === null) return {};
  const { sub, county } = payload as Record<string, unknown>;
  return {
    ...(typeof sub === 'string' && STAFF_ID_PATTERN.test(sub) ? { staffId: sub } : {}),
    ...(typeof county === 'string' && COUNTY_CODE_PATTERN.test(county) ? { county } : {}),
  };
}
