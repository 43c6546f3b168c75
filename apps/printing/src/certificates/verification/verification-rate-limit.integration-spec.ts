import { Logger } from '@nestjs/common';
import { ServiceApp } from '@tongban/runtime';
import { TestNode } from '@tongban/testing';
import request from 'supertest';
import { PRINTING_DEFINITION } from '../../printing.definition';

/** A well-formed verification token no card has. */
const UNKNOWN_TOKEN = 'AbC-_0123456789abcdefghijklmnopqrstuvwxyzAB';

describe('printing: public verification is rate-limited per client address (real servers)', () => {
  let node: TestNode;
  let printing: ServiceApp;
  const warnings = jest.spyOn(Logger.prototype, 'warn');

  beforeAll(async () => {
    node = await TestNode.create();
    // HTTP_TRUST_PROXY stays at its default (false): X-Forwarded-For is the client's own say-so.
    printing = await node.start(PRINTING_DEFINITION, { PUBLIC_RATE_LIMIT_PER_MINUTE: '3' });
  });

  afterAll(async () => {
    warnings.mockRestore();
    await node.dispose();
  });

  const verify = (headers: Record<string, string> = {}) =>
    request(printing.app.getHttpServer()).get(`/verify/${UNKNOWN_TOKEN}`).set(headers);

  it('stops guessing tokens after the limit, even when the client invents X-Forwarded-For addresses', async () => {
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      await verify({ 'X-Forwarded-For': ip }).expect(404);
    }
    const refused = await verify({ 'X-Forwarded-For': '198.51.100.4' }).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body.violations).toEqual([
      {
        limit: 'PUBLIC_RATE_LIMIT_PER_MINUTE',
        max: 3,
        windowSeconds: 60,
        retryAfterSeconds: Number(refused.headers['retry-after']),
      },
    ]);
    // Printing staff checking a card at the counter are not held up by the public's limit.
    await verify(node.staffHeaders('PRINTER')).expect(404);
  });

  it('logs the refusal with the token masked in the path', () => {
    const line = warnings.mock.calls
      .map(([logged]) => logged as Record<string, unknown>)
      .find((logged) => logged?.event === 'public_rate_limited');
    expect(line).toMatchObject({
      limit: 'PUBLIC_RATE_LIMIT_PER_MINUTE',
      method: 'GET',
      path: '/verify/[redacted]',
      ip: expect.stringMatching(/127\.0\.0\.1$/),
    });
    expect(JSON.stringify(warnings.mock.calls)).not.toContain(UNKNOWN_TOKEN);
  });
});
