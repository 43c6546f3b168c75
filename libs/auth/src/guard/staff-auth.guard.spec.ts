import {
  Controller,
  Get,
  Global,
  INestApplication,
  LoggerService,
  Module,
  Param,
  Post,
} from '@nestjs/common';
import {
  CustomTransportStrategy,
  EventPattern,
  MessagePattern,
  Payload,
  Server,
} from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { ConfigModule, ServiceConfig } from '@tongban/config';
import { Clock } from '@tongban/util';
import { isObservable, lastValueFrom } from 'rxjs';
import request from 'supertest';
import { CaseAccessPolicy } from '../access/case-access.policy';
import { AuthModule } from '../auth.module';
import type { StaffPrincipal } from '../roles/staff-principal';
import type { StaffRole } from '../roles/staff-role';
import { StaffTokenService } from '../tokens/staff-token.service';
import { CurrentStaff, Public, Roles } from './auth.decorators';
import { StaffAuthGuard } from './staff-auth.guard';

const SECRET = 'guard-test-staff-token-secret-0123456789';
const SERVED = ['320106', '320105'];
const NOW = new Date('2026-09-30T01:00:00.000Z');

/** Counties taking part in the probe's cases: residence and hukou county. */
const CASE_COUNTIES: Record<string, string[]> = {
  'case-ours': ['320106', '110101'],
  'case-theirs': ['320105', '440106'],
};

class FixedClock extends Clock {
  now(): Date {
    return NOW;
  }
}

@Global()
@Module({ providers: [{ provide: Clock, useClass: FixedClock }], exports: [Clock] })
class FixedClockModule {}

@Public()
@Controller('health')
class HealthProbeController {
  @Get()
  health() {
    return { status: 'ok' };
  }
}

@Controller('probe')
class ProbeController {
  constructor(private readonly cases: CaseAccessPolicy) {}

  @Public()
  @Get('public')
  open(@CurrentStaff({ optional: true }) staff?: StaffPrincipal) {
    return { open: true, staffId: staff?.staffId ?? null };
  }

  @Get('me')
  me(@CurrentStaff() staff: StaffPrincipal) {
    return staff;
  }

  @Roles('APPROVER')
  @Post('approve')
  approve(@CurrentStaff() staff: StaffPrincipal) {
    return { approvedBy: staff.staffId };
  }

  @Roles('CLERK')
  @Post('accept')
  accept(@CurrentStaff() staff: StaffPrincipal) {
    return { acceptedBy: staff.staffId };
  }

  @Post('notes')
  note(@CurrentStaff() staff: StaffPrincipal) {
    return { notedBy: staff.staffId };
  }

  @Get('cases/:caseId')
  view(@Param('caseId') caseId: string, @CurrentStaff() staff: StaffPrincipal) {
    this.cases.assertCountyTakesPart(staff, CASE_COUNTIES[caseId] ?? [], caseId);
    return { caseId };
  }

  @Get('certificates/:number')
  certificate(@Param('number') number: string) {
    return { number };
  }

  @EventPattern('probe.event.v1')
  onEvent(@Payload() payload: { n: number }) {
    handledEvents.push(payload.n);
  }

  @MessagePattern('probe.request.v1')
  onRequest(@Payload() payload: { n: number }) {
    return payload.n * 2;
  }
}

const handledEvents: number[] = [];

/** Delivers messages straight to the handlers, as the Kafka server would, without a broker. */
class InProcessTransport extends Server implements CustomTransportStrategy {
  listen(callback: () => void): void {
    callback();
  }
  close(): void {}
  on(): void {}
  unwrap<T>(): T {
    throw new Error('no underlying client');
  }
}

interface LogLine {
  level: string;
  message: unknown;
  context: unknown;
}

/** Collects what the app logs, to read audit lines and prove tokens never appear in them. */
class CapturingLogger implements LoggerService {
  readonly lines: LogLine[] = [];
  private record(level: string, message: unknown, params: unknown[]) {
    this.lines.push({ level, message, context: params.at(-1) });
  }
  log(message: unknown, ...params: unknown[]) {
    this.record('log', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.record('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.record('error', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.record('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.record('verbose', message, params);
  }
  audits(): Record<string, unknown>[] {
    return this.lines
      .filter((line) => line.context === 'StaffAccess')
      .map((line) => line.message as Record<string, unknown>);
  }
  lastAudit(): Record<string, unknown> | undefined {
    return this.audits().at(-1);
  }
}

describe('StaffAuthGuard over HTTP', () => {
  let app: INestApplication;
  let transport: InProcessTransport;
  const logs = new CapturingLogger();
  const tokens = new StaffTokenService({ STAFF_TOKEN_SECRET: SECRET }, new FixedClock());
  const tokenFor = (role: StaffRole, county = '320106', staffId = `${role.toLowerCase()}-01`) =>
    tokens.issue({ staffId, role, county }).token;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    const config = Object.assign(new ServiceConfig(), {
      NODE_ID: 'guard-test',
      COUNTY_CODES: SERVED,
      STAFF_TOKEN_SECRET: SECRET,
    });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), FixedClockModule, AuthModule],
      controllers: [HealthProbeController, ProbeController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: logs });
    transport = new InProcessTransport();
    app.connectMicroservice({ strategy: transport }, { inheritAppConfig: true });
    await app.init();
    await app.startAllMicroservices();
  });

  afterAll(async () => {
    await app.close();
  });

  describe('public routes', () => {
    it('serve a controller marked @Public() without a token', async () => {
      await http().get('/health').expect(200, { status: 'ok' });
    });

    it('serve a handler marked @Public() without a token, and name a caller who sent a valid one', async () => {
      await http().get('/probe/public').expect(200, { open: true, staffId: null });
      await http()
        .get('/probe/public')
        .set(bearer(tokenFor('CLERK')))
        .expect(200, { open: true, staffId: 'clerk-01' });
    });

    it('stay open when a bad token is sent, without naming anyone', async () => {
      await http()
        .get('/probe/public')
        .set(bearer('not-a-token'))
        .expect(200, { open: true, staffId: null });
    });
  });

  describe('401: who is calling is not proven', () => {
    it('refuses a request without Authorization, saying what to send', async () => {
      const response = await http().get('/probe/me').expect(401);
      expect(response.body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message:
          "missing Authorization header: staff endpoints need 'Authorization: Bearer <staff token>'",
      });
      expect(response.headers['www-authenticate']).toBe('Bearer realm="tongban-staff"');
      expect(logs.lastAudit()).toEqual({
        msg: 'staff access refused',
        event: 'staff_access_refused',
        status: 401,
        reason: 'token-missing',
        detail: expect.stringContaining('missing Authorization header'),
        method: 'GET',
        path: '/probe/me',
      });
    });

    it('refuses another scheme than Bearer', async () => {
      const response = await http()
        .get('/probe/me')
        .set('Authorization', 'Basic Y2xlcms6c2VjcmV0')
        .expect(401);
      expect(response.body.message).toBe("Authorization header must be 'Bearer <staff token>'");
      expect(logs.lastAudit()).toMatchObject({ reason: 'token-not-bearer' });
    });

    it('refuses a tampered token (role raised), without echoing or logging it', async () => {
      const [header, payload, signature] = tokenFor('CLERK').split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
      const raised = Buffer.from(JSON.stringify({ ...claims, role: 'SUPERVISOR' })).toString(
        'base64url',
      );
      const tampered = [header, raised, signature].join('.');

      const response = await http().post('/probe/accept').set(bearer(tampered)).expect(401);
      expect(response.body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: "staff token signature does not match this node's staff token secret",
      });
      expect(response.headers['www-authenticate']).toContain('error="invalid_token"');
      expect(JSON.stringify(response.body)).not.toContain(signature);
      expect(logs.lastAudit()).toEqual({
        msg: 'staff access refused',
        event: 'staff_access_refused',
        status: 401,
        reason: 'token-signature',
        detail: expect.any(String),
        method: 'POST',
        path: '/probe/accept',
      });
    });

    it('refuses an expired token, naming its holder in the audit line', async () => {
      const yesterday = new StaffTokenService(
        { STAFF_TOKEN_SECRET: SECRET },
        { now: () => new Date(NOW.getTime() - 24 * 3600 * 1000) },
      );
      const expired = yesterday.issue({ staffId: 'clerk-07', role: 'CLERK', county: '320106' });
      const response = await http().get('/probe/me').set(bearer(expired.token)).expect(401);
      expect(response.body.message).toBe(
        `staff token expired at ${expired.principal.expiresAt.toISOString()}; obtain a new one`,
      );
      expect(logs.lastAudit()).toMatchObject({
        status: 401,
        reason: 'token-expired',
        staffId: 'clerk-07',
        county: '320106',
      });
    });

    it('refuses a token of another node (other secret)', async () => {
      const otherNode = new StaffTokenService(
        { STAFF_TOKEN_SECRET: 'another-node-staff-token-secret-98765' },
        new FixedClock(),
      );
      const token = otherNode.issue({ staffId: 'clerk-01', role: 'CLERK', county: '320106' });
      await http().get('/probe/me').set(bearer(token.token)).expect(401);
      expect(logs.lastAudit()).toMatchObject({ reason: 'token-signature' });
    });
  });

  describe('403: the caller may not do this', () => {
    it('refuses a role the route does not allow', async () => {
      const response = await http()
        .post('/probe/approve')
        .set(bearer(tokenFor('CLERK')))
        .expect(403);
      expect(response.body).toEqual({
        statusCode: 403,
        error: 'Forbidden',
        message: 'role CLERK may not use this endpoint; it requires APPROVER',
      });
      expect(logs.lastAudit()).toEqual({
        msg: 'staff access refused',
        event: 'staff_access_refused',
        status: 403,
        reason: 'role-not-allowed',
        detail: expect.any(String),
        method: 'POST',
        path: '/probe/approve',
        staffId: 'clerk-01',
        county: '320106',
        role: 'CLERK',
      });
    });

    it('refuses staff of a county this node does not serve', async () => {
      const response = await http()
        .get('/probe/me')
        .set(bearer(tokenFor('APPROVER', '110101')))
        .expect(403);
      expect(response.body.message).toBe(
        'staff of county 110101 are not served by this node (it serves 320106, 320105)',
      );
      expect(logs.lastAudit()).toMatchObject({
        status: 403,
        reason: 'county-not-served',
        staffId: 'approver-01',
        county: '110101',
      });
    });

    it('refuses any change by an auditor, who may still read', async () => {
      await http()
        .get('/probe/me')
        .set(bearer(tokenFor('AUDITOR')))
        .expect(200);
      const response = await http()
        .post('/probe/notes')
        .set(bearer(tokenFor('AUDITOR')))
        .expect(403);
      expect(response.body.message).toBe('role AUDITOR is read-only and may not use POST');
      expect(logs.lastAudit()).toMatchObject({ reason: 'role-read-only', role: 'AUDITOR' });
    });

    it('R32: refuses a case in which the staff member county takes no part, without naming its counties', async () => {
      await http()
        .get('/probe/cases/case-ours')
        .set(bearer(tokenFor('CLERK')))
        .expect(200, { caseId: 'case-ours' });
      const response = await http()
        .get('/probe/cases/case-theirs')
        .set(bearer(tokenFor('CLERK')))
        .expect(403);
      expect(response.body).toEqual({
        statusCode: 403,
        error: 'Forbidden',
        message:
          'staff of county 320106 may not access this case: only staff of the counties taking part in a case may (R32)',
      });
      expect(response.body.message).not.toMatch(/320105|440106/);
      expect(logs.lastAudit()).toMatchObject({
        status: 403,
        reason: 'case-county-not-involved',
        staffId: 'clerk-01',
        county: '320106',
        caseId: 'case-theirs',
      });
    });

    it('masks an ID-like path segment and drops the query string in the audit line (R32)', async () => {
      await http()
        .get('/probe/certificates/3201061990010112344?idNumber=320106199001011234')
        .expect(401);
      expect(logs.lastAudit()).toMatchObject({ path: '/probe/certificates/[redacted]' });
    });
  });

  describe('200: a proper token', () => {
    it('passes and gives the handler the principal through @CurrentStaff()', async () => {
      const issued = tokens.issue({ staffId: 'approver-02', role: 'APPROVER', county: '320105' });
      const response = await http().get('/probe/me').set(bearer(issued.token)).expect(200);
      expect(response.body).toEqual({
        staffId: 'approver-02',
        role: 'APPROVER',
        county: '320105',
        tokenId: issued.principal.tokenId,
        issuedAt: NOW.toISOString(),
        expiresAt: issued.principal.expiresAt.toISOString(),
      });
      await http()
        .post('/probe/approve')
        .set(bearer(issued.token))
        .expect(201, { approvedBy: 'approver-02' });
    });

    it('lets a supervisor do what a clerk does', async () => {
      await http()
        .post('/probe/accept')
        .set(bearer(tokenFor('SUPERVISOR')))
        .expect(201, { acceptedBy: 'supervisor-01' });
    });

    it('accepts the scheme name in any case', async () => {
      await http()
        .get('/probe/me')
        .set('Authorization', `bearer ${tokenFor('PRINTER')}`)
        .expect(200);
    });
  });

  describe('message handlers', () => {
    it('are not guarded: inter-county messages prove themselves by their signed envelope', async () => {
      const canActivate = jest.spyOn(StaffAuthGuard.prototype, 'canActivate');
      const onEvent = transport.getHandlerByPattern('probe.event.v1');
      const onRequest = transport.getHandlerByPattern('probe.request.v1');
      expect(onEvent).not.toBeNull();
      await onEvent!({ n: 7 });
      expect(handledEvents).toEqual([7]);
      const reply: unknown = await onRequest!({ n: 21 });
      expect(isObservable(reply) ? await lastValueFrom(reply) : reply).toBe(42);
      // The global guard did run, saw an RPC context and let it through.
      expect(canActivate).toHaveBeenCalledTimes(2);
      expect(canActivate.mock.calls.map(([context]) => context.getType())).toEqual(['rpc', 'rpc']);
      expect(canActivate.mock.results.map((result) => result.value)).toEqual([true, true]);
      canActivate.mockRestore();
    });
  });

  it('never writes a token to the logs', () => {
    const logged = JSON.stringify(logs.lines);
    expect(logs.audits().length).toBeGreaterThanOrEqual(10);
    // Every token is a JWT: its header segment is the same base64url text.
    expect(logged).not.toContain('eyJhbGciOi');
    expect(logged).not.toContain('Y2xlcms6c2VjcmV0');
    expect(logged).not.toContain('not-a-token');
  });
});
