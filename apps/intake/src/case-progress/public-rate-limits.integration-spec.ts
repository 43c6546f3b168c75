import { Logger } from '@nestjs/common';
import { ServiceApp } from '@tongban/runtime';
import { anAdultIdNumber, anApplicationRequest, IntakeClient, TestNode } from '@tongban/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Application } from '../applications/application.entity';
import { INTAKE_DEFINITION } from '../intake.definition';

/** Small limits, so a test reaches them in a few calls. */
const LIMITS = {
  PUBLIC_RATE_LIMIT_PER_MINUTE: '3',
  INTAKE_STATUS_LOOKUP_RATE_LIMIT_PER_MINUTE: '2',
  INTAKE_STATUS_LOOKUP_MAX_FAILURES: '3',
  // Behind the county's reverse proxy: X-Forwarded-For names the client, so a test plays many.
  HTTP_TRUST_PROXY: 'true',
};

/** A well-formed application number no case has (a 2099 receipt). */
const unknownApplicationNumber = () =>
  `32010620991231${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;

describe('intake: rate limits on public endpoints (real PostgreSQL, Kafka, S3)', () => {
  let node: TestNode;
  let intake: ServiceApp;
  const warnings = jest.spyOn(Logger.prototype, 'warn');
  const idNumbersSent = new Set<string>();

  beforeAll(async () => {
    node = await TestNode.create(['320106']);
    intake = await node.start(INTAKE_DEFINITION, LIMITS);
  });

  afterAll(async () => {
    warnings.mockRestore();
    await node.dispose();
  });

  /** A client at the given address, as the reverse proxy reports it. */
  const from = (ip: string, headers: Record<string, string> = {}) => {
    const http = request(intake.app.getHttpServer());
    return {
      get: (path: string) => http.get(path).set({ 'X-Forwarded-For': ip, ...headers }),
      post: (path: string) => http.post(path).set({ 'X-Forwarded-For': ip, ...headers }),
    };
  };
  const lookUp = (ip: string, applicationNumber: string, idNumber: string) => {
    idNumbersSent.add(idNumber);
    return from(ip).post('/applicant/status').send({ applicationNumber, idNumber });
  };
  const clerk = () => new IntakeClient(intake.app, node.staffHeaders('CLERK'));

  it('refuses online filing beyond the per-minute limit of one address with 429, Retry-After and a clear body, and stores nothing', async () => {
    for (let i = 0; i < 3; i++) {
      await from('203.0.113.10').post('/online/applications').send({}).expect(400);
    }
    const applicationsBefore = await intake.app.get(DataSource).getRepository(Application).count();

    const refused = await from('203.0.113.10')
      .post('/online/applications')
      .send(anApplicationRequest())
      .expect(429);

    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body).toEqual({
      statusCode: 429,
      error: 'TooManyRequests',
      message: [
        `too many requests from this address to this endpoint: at most 3 per minute (PUBLIC_RATE_LIMIT_PER_MINUTE); retry after ${retryAfter} s`,
      ],
      violations: [
        {
          limit: 'PUBLIC_RATE_LIMIT_PER_MINUTE',
          max: 3,
          windowSeconds: 60,
          retryAfterSeconds: retryAfter,
        },
      ],
    });
    expect(await intake.app.get(DataSource).getRepository(Application).count()).toBe(
      applicationsBefore,
    );
    // Another client is not held up by the first.
    await from('203.0.113.11').post('/online/applications').send({}).expect(400);
  });

  it('never limits a caller with a valid staff token, on public or staff endpoints; a bad token lifts nothing', async () => {
    const staff = from('203.0.113.20', node.staffHeaders('CLERK'));
    for (let i = 0; i < 6; i++) {
      await staff.post('/online/applications').send({}).expect(400);
    }
    const { applicationId } = await clerk().file();
    for (let i = 0; i < 6; i++) {
      await staff.get(`/applications/${applicationId}`).expect(200);
    }
    // The staff calls were not counted against the address: the public still gets its 3.
    for (let i = 0; i < 3; i++) {
      await from('203.0.113.20').post('/online/applications').send({}).expect(400);
    }
    await from('203.0.113.20').post('/online/applications').send({}).expect(429);

    const forged = from('203.0.113.21', { Authorization: 'Bearer not-a-staff-token' });
    for (let i = 0; i < 3; i++) {
      await forged.post('/online/applications').send({}).expect(400);
    }
    await forged.post('/online/applications').send({}).expect(429);
  });

  it('never limits /health, which operators poll', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push((await from('203.0.113.30').get('/health')).status);
    }
    expect(statuses).toEqual(Array(8).fill(200));
  });

  it('gives the status lookup a stricter limit per address than other public endpoints', async () => {
    for (let i = 0; i < 2; i++) {
      await lookUp('203.0.113.40', unknownApplicationNumber(), anAdultIdNumber()).expect(404);
    }
    const refused = await lookUp(
      '203.0.113.40',
      unknownApplicationNumber(),
      anAdultIdNumber(),
    ).expect(429);
    expect(refused.body.violations).toEqual([
      expect.objectContaining({ limit: 'INTAKE_STATUS_LOOKUP_RATE_LIMIT_PER_MINUTE', max: 2 }),
    ]);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    // Counted per endpoint: the same address may still file online.
    await from('203.0.113.40').post('/online/applications').send({}).expect(400);
  });

  it('limits failed lookups of one application number from any address, refusing even the right ID number until the window ends', async () => {
    const idNumber = anAdultIdNumber();
    const { applicationNumber } = await clerk().file({ applicant: { idNumber } });
    let wrong = anAdultIdNumber();
    while (wrong === idNumber) wrong = anAdultIdNumber();

    // Answers as before: the right ID number sees the case, a wrong one a 404 naming nothing.
    const seen = await lookUp('203.0.113.50', applicationNumber, idNumber).expect(200);
    expect(seen.body.applicationNumber).toBe(applicationNumber);
    for (const ip of ['203.0.113.51', '203.0.113.52', '203.0.113.53']) {
      const missed = await lookUp(ip, applicationNumber, wrong).expect(404);
      expect(missed.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: 'no application matches this number and ID number',
      });
    }

    const refused = await lookUp('203.0.113.54', applicationNumber, idNumber).expect(429);
    const retryAfter = Number(refused.headers['retry-after']);
    // INTAKE_STATUS_LOOKUP_FAILURE_WINDOW_SECONDS defaults to an hour, counted from the first failure.
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(refused.body).toEqual({
      statusCode: 429,
      error: 'TooManyRequests',
      message: [
        `too many failed status lookups of this application number: at most 3 per 60 minutes (INTAKE_STATUS_LOOKUP_MAX_FAILURES); retry after ${retryAfter} s`,
      ],
      violations: [
        {
          limit: 'INTAKE_STATUS_LOOKUP_MAX_FAILURES',
          max: 3,
          windowSeconds: 3600,
          retryAfterSeconds: retryAfter,
        },
      ],
    });

    // Other applications are untouched.
    const otherId = anAdultIdNumber();
    const other = await clerk().file({ applicant: { idNumber: otherId } });
    await lookUp('203.0.113.54', other.applicationNumber, otherId).expect(200);
  });

  it('counts lookups of an unknown application number the same way, so refusals tell nothing', async () => {
    const applicationNumber = unknownApplicationNumber();
    for (const ip of ['203.0.113.61', '203.0.113.62', '203.0.113.63']) {
      await lookUp(ip, applicationNumber, anAdultIdNumber()).expect(404);
    }
    const refused = await lookUp('203.0.113.64', applicationNumber, anAdultIdNumber()).expect(429);
    expect(refused.body.violations[0].limit).toBe('INTAKE_STATUS_LOOKUP_MAX_FAILURES');
  });

  it('logs each refusal as a structured event with path and address, never an ID number or the body', () => {
    const lines = warnings.mock.calls
      .map(([line]) => line as Record<string, unknown>)
      .filter((line) => line?.event === 'public_rate_limited');
    expect(lines).toContainEqual({
      msg: 'public request refused: rate limit',
      event: 'public_rate_limited',
      limit: 'INTAKE_STATUS_LOOKUP_MAX_FAILURES',
      max: 3,
      windowSeconds: 3600,
      retryAfterSeconds: expect.any(Number),
      method: 'POST',
      path: '/applicant/status',
      ip: '203.0.113.54',
    });
    expect(lines).toContainEqual(
      expect.objectContaining({
        limit: 'PUBLIC_RATE_LIMIT_PER_MINUTE',
        path: '/online/applications',
        ip: '203.0.113.10',
      }),
    );
    expect(idNumbersSent.size).toBeGreaterThanOrEqual(10);
    const logged = JSON.stringify(warnings.mock.calls);
    for (const idNumber of idNumbersSent) expect(logged).not.toContain(idNumber);
    expect(logged).not.toContain('applicationNumber');
  });
});
