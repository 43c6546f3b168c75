import { JwtService } from '@nestjs/jwt';
import { Clock } from '@tongban/util';
import { isReadOnlyRole, roleIncludes, roleSatisfiesAny } from '../roles/staff-role';
import {
  MAX_STAFF_TOKEN_TTL_SECONDS,
  StaffTokenInputError,
  StaffTokenRejected,
  StaffTokenService,
  type StaffTokenRejection,
} from './staff-token.service';

const SECRET = 'unit-test-staff-token-secret-0123456789';
const OTHER_SECRET = 'another-node-staff-token-secret-987654321';
const T0 = new Date('2026-09-30T01:00:00.000Z');
const T0_SECONDS = T0.getTime() / 1000;

class FixedClock extends Clock {
  constructor(private current: Date) {
    super();
  }
  now(): Date {
    return this.current;
  }
  advance(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}

const clerk = { staffId: 'clerk-01', role: 'CLERK', county: '320106' } as const;

function rejection(verify: () => unknown): StaffTokenRejected {
  try {
    verify();
  } catch (error) {
    if (error instanceof StaffTokenRejected) return error;
    throw error;
  }
  throw new Error('expected the token to be refused');
}

/** A token signed with the node's secret but claims of the test's choosing. */
function forge(
  payload: Record<string, unknown>,
  secret = SECRET,
  algorithm: 'HS256' | 'HS512' = 'HS256',
) {
  return new JwtService({ secret }).sign(payload, { algorithm });
}

const goodClaims = () => ({
  sub: 'clerk-01',
  role: 'CLERK',
  county: '320106',
  jti: '0f8e7a52-0a51-4c8e-9d1b-3c2f1e4d5a6b',
  iat: T0_SECONDS,
  exp: T0_SECONDS + 3600,
  iss: 'tongban-staff',
});

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('StaffTokenService', () => {
  let clock: FixedClock;
  let tokens: StaffTokenService;

  beforeEach(() => {
    clock = new FixedClock(T0);
    tokens = new StaffTokenService({ STAFF_TOKEN_SECRET: SECRET }, clock);
  });

  describe('issue and verify', () => {
    it('round-trips staff id, role, county, token id and lifetime (default one working day)', () => {
      const { token, principal } = tokens.issue(clerk);
      expect(principal).toEqual({
        ...clerk,
        tokenId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        issuedAt: T0,
        expiresAt: new Date(T0.getTime() + 8 * 3600 * 1000),
      });
      clock.advance(8 * 3600 - 1);
      expect(tokens.verify(token)).toEqual(principal);
    });

    it('signs HS256 with the claims sub, role, county, jti, iat, exp and the staff issuer', () => {
      const { token } = tokens.issue({ ...clerk, ttlSeconds: 600 });
      const [header, payload] = token.split('.');
      expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({
        alg: 'HS256',
        typ: 'JWT',
      });
      expect(JSON.parse(Buffer.from(payload!, 'base64url').toString())).toEqual({
        sub: 'clerk-01',
        role: 'CLERK',
        county: '320106',
        jti: expect.any(String),
        iat: T0_SECONDS,
        exp: T0_SECONDS + 600,
        iss: 'tongban-staff',
      });
    });

    it('gives every token its own id', () => {
      expect(tokens.issue(clerk).principal.tokenId).not.toBe(tokens.issue(clerk).principal.tokenId);
    });

    it('accepts a token verified by another instance with the same secret (another service of the node)', () => {
      const { token } = tokens.issue({ ...clerk, role: 'APPROVER' });
      const sibling = new StaffTokenService({ STAFF_TOKEN_SECRET: SECRET }, clock);
      expect(sibling.verify(token).role).toBe('APPROVER');
    });
  });

  describe('refusals', () => {
    const expectRefused = (
      token: string,
      reason: StaffTokenRejection,
      message: RegExp,
    ): StaffTokenRejected => {
      const error = rejection(() => tokens.verify(token));
      expect(error.reason).toBe(reason);
      expect(error.message).toMatch(message);
      if (token.length > 0) expect(error.message).not.toContain(token);
      return error;
    };

    it('refuses an expired token, naming when it expired and (signature being genuine) its holder', () => {
      const { token } = tokens.issue({ ...clerk, ttlSeconds: 3600 });
      clock.advance(3600 + 31);
      const error = expectRefused(token, 'expired', /expired at 2026-09-30T02:00:00\.000Z/);
      expect(error.claimed).toEqual({ staffId: 'clerk-01', county: '320106' });
    });

    it('tolerates 30 seconds of clock difference at expiry', () => {
      const { token } = tokens.issue({ ...clerk, ttlSeconds: 3600 });
      clock.advance(3600 + 20);
      expect(tokens.verify(token).staffId).toBe('clerk-01');
    });

    it('refuses a token whose payload was altered (role raised to SUPERVISOR)', () => {
      const { token } = tokens.issue(clerk);
      const [header, payload, signature] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
      const tampered = [header, base64url({ ...claims, role: 'SUPERVISOR' }), signature].join('.');
      const error = expectRefused(tampered, 'signature', /signature does not match/);
      expect(error.claimed).toEqual({});
    });

    it('refuses a token whose signature was altered', () => {
      const { token } = tokens.issue(clerk);
      const last = token.at(-2) === 'A' ? 'B' : 'A';
      const tampered = `${token.slice(0, -2)}${last}${token.at(-1)}`;
      expectRefused(tampered, 'signature', /signature does not match/);
    });

    it('refuses a token signed with another secret (another node)', () => {
      const foreign = new StaffTokenService({ STAFF_TOKEN_SECRET: OTHER_SECRET }, clock);
      expectRefused(foreign.issue(clerk).token, 'signature', /secret/);
    });

    it('refuses an unsigned token (alg "none") and one signed with another algorithm', () => {
      const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(goodClaims())}.`;
      expectRefused(unsigned, 'algorithm', /HS256/);
      expectRefused(forge(goodClaims(), SECRET, 'HS512'), 'algorithm', /HS256/);
    });

    it('refuses a JWT that was not issued as a staff token', () => {
      const { iss: _iss, ...withoutIssuer } = goodClaims();
      expectRefused(forge(withoutIssuer), 'issuer', /tongban-staff/);
      expectRefused(forge({ ...goodClaims(), iss: 'someone-else' }), 'issuer', /tongban-staff/);
    });

    it('refuses text that is not a JWT, without echoing it', () => {
      expectRefused('not-a-token', 'malformed', /malformed/);
      expectRefused('a.b.c', 'malformed', /malformed/);
      expectRefused('', 'malformed', /malformed/);
    });

    it.each([
      ['an unknown role', { role: 'JANITOR' }, /claim "role" must be one of CLERK, ASSESSOR/],
      ['a role in lower case', { role: 'clerk' }, /claim "role"/],
      ['a 5-digit county', { county: '32010' }, /claim "county" must be a 6-digit county code/],
      ['a numeric county', { county: 320106 }, /claim "county"/],
      ['a staff id with spaces', { sub: 'clerk 01' }, /claim "sub"/],
      ['no staff id', { sub: undefined }, /claim "sub"/],
      ['no token id', { jti: undefined }, /claim "jti"/],
      ['a lifetime over 24 hours', { exp: T0_SECONDS + 25 * 3600 }, /lifetime exceeds 24 hours/],
      ['an issue time in the future', { iat: T0_SECONDS + 600 }, /"iat" lies in the future/],
    ])('refuses a genuine token with %s', (_what, change, message) => {
      const token = forge({ ...goodClaims(), ...change });
      expectRefused(token, 'claims', message);
    });

    it('refuses a genuine token without an expiry', () => {
      const { exp: _exp, ...noExpiry } = goodClaims();
      expectRefused(forge(noExpiry), 'claims', /claim "exp"/);
    });

    it('names the holder of a genuine token with bad claims only by values safe to log', () => {
      const error = rejection(() =>
        tokens.verify(forge({ ...goodClaims(), role: 'JANITOR', sub: 'x\ny' })),
      );
      expect(error.claimed).toEqual({ county: '320106' });
    });
  });

  describe('issue refuses what verify would refuse', () => {
    it.each([
      ['role', { role: 'JANITOR' as never }, /claim "role"/],
      ['county', { county: '3201' }, /claim "county"/],
      ['staff id', { staffId: '' }, /claim "sub"/],
      ['zero lifetime', { ttlSeconds: 0 }, /lifetime/],
      ['lifetime over 24 hours', { ttlSeconds: MAX_STAFF_TOKEN_TTL_SECONDS + 1 }, /lifetime/],
      ['fractional lifetime', { ttlSeconds: 1.5 }, /lifetime/],
    ])('bad %s', (_what, change, message) => {
      expect(() => tokens.issue({ ...clerk, ...change })).toThrow(StaffTokenInputError);
      expect(() => tokens.issue({ ...clerk, ...change })).toThrow(message);
    });

    it('refuses a secret shorter than 32 characters', () => {
      expect(() => new StaffTokenService({ STAFF_TOKEN_SECRET: 'short' })).toThrow(
        /at least 32 characters/,
      );
    });
  });
});

describe('staff roles', () => {
  it('a supervisor acts as a clerk, not the other way round', () => {
    expect(roleIncludes('SUPERVISOR', 'CLERK')).toBe(true);
    expect(roleIncludes('CLERK', 'SUPERVISOR')).toBe(false);
    expect(roleSatisfiesAny('SUPERVISOR', ['CLERK', 'APPROVER'])).toBe(true);
    expect(roleSatisfiesAny('PRINTER', ['CLERK', 'APPROVER'])).toBe(false);
  });

  it('only the auditor is read-only', () => {
    expect(isReadOnlyRole('AUDITOR')).toBe(true);
    expect(isReadOnlyRole('SUPERVISOR')).toBe(false);
  });
});
