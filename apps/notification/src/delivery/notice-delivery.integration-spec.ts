import { topicName, Topics } from '@tongban/contracts';
import { ServiceApp } from '@tongban/runtime';
import { eventually, TestNode } from '@tongban/testing';
import { DataSource } from 'typeorm';
import { aCase, acceptedEnvelope } from '../__tests__/case-events';
import { StubGateway } from '../__tests__/stub-gateway';
import { NOTIFICATION_DEFINITION } from '../notification.definition';
import { Notice } from '../notices/notice.entity';
import { NoticeDelivery } from './notice-delivery.entity';
import { NoticeRetrySweep } from './notice-retry-sweep';

const TOKEN = 'sms-gateway-token-of-the-county';

/** Sending over the SMS channel to a real HTTP gateway that fails, recovers, or refuses. */
describe('notification: SMS delivery with durable, bounded retries (real PostgreSQL, Kafka, HTTP)', () => {
  let node: TestNode;
  let gateway: StubGateway;
  let notification: ServiceApp;
  let db: DataSource;

  const start = async () => {
    notification = await node.start(NOTIFICATION_DEFINITION, {
      NOTIFICATION_CHANNEL: 'sms',
      NOTIFICATION_SMS_GATEWAY_URL: gateway.url(),
      NOTIFICATION_SMS_GATEWAY_TOKEN: TOKEN,
      NOTIFICATION_GATEWAY_TIMEOUT_MS: '2000',
      NOTIFICATION_SWEEP_INTERVAL_MS: '100',
      NOTIFICATION_MAX_ATTEMPTS: '3',
      NOTIFICATION_RETRY_BASE_MS: '400',
      NOTIFICATION_RETRY_MAX_MS: '800',
    });
    db = notification.app.get(DataSource);
  };

  beforeAll(async () => {
    node = await TestNode.create();
    gateway = await StubGateway.start();
    await start();
  });

  afterAll(async () => {
    await node.dispose();
    await gateway.stop();
  });

  beforeEach(() => {
    gateway.status = 200;
  });

  async function acceptNewCase() {
    const testCase = aCase(node.countyCodes[0]!);
    const envelope = acceptedEnvelope(testCase);
    await node.produce(topicName(Topics.applicationAccepted, { nodeId: node.nodeId }), [
      { key: envelope.caseId, value: JSON.stringify(envelope) },
    ]);
    return testCase;
  }

  const noticeOf = (applicationId: string) =>
    db.getRepository(Notice).findOneByOrFail({ applicationId });
  const callsFor = (noticeId: string) =>
    gateway.calls.filter((call) => call.headers['idempotency-key'] === noticeId);

  it('records a failed send as FAILED with the reason, retries it after a back-off, and sends it', async () => {
    gateway.status = 503;
    const testCase = await acceptNewCase();

    const failed = await eventually(async () => {
      const notice = await noticeOf(testCase.applicationId);
      expect(notice).toMatchObject({ status: 'FAILED', attempts: 1, channel: 'sms' });
      return notice;
    });
    expect(failed.lastError).toBe('gateway answered HTTP 503');
    expect(failed.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() - 1_000);

    gateway.status = 200;
    const sent = await eventually(async () => {
      const notice = await noticeOf(testCase.applicationId);
      expect(notice.status).toBe('SENT');
      return notice;
    });
    expect(sent).toMatchObject({ lastError: null, nextAttemptAt: null });
    expect(sent.attempts).toBeGreaterThanOrEqual(2);

    const deliveries = await db
      .getRepository(NoticeDelivery)
      .find({ where: { noticeId: sent.id }, order: { attempt: 'ASC' } });
    expect(deliveries.map((d) => d.outcome)).toEqual([
      ...Array(sent.attempts - 1).fill('FAILED'),
      'DELIVERED',
    ]);
    expect(deliveries.at(-1)!.providerMessageId).toMatch(/^sms-\d+$/);
    expect(deliveries[0]!.reason).toBe('gateway answered HTTP 503');

    const [call] = callsFor(sent.id).slice(-1);
    expect(call!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call!.body).toEqual({ to: '13800138000', text: sent.text });
    expect(String(call!.body.text)).toContain(`申请编号${testCase.applicationNumber}`);
  });

  it('keeps the retry schedule in the database: a notice that failed before a restart is sent after it', async () => {
    gateway.status = 500;
    const testCase = await acceptNewCase();
    await eventually(async () =>
      expect(await noticeOf(testCase.applicationId)).toMatchObject({ status: 'FAILED' }),
    );
    await node.stop(notification);

    gateway.status = 200;
    await start();
    await eventually(async () =>
      expect(await noticeOf(testCase.applicationId)).toMatchObject({ status: 'SENT' }),
    );
  });

  it('stops after the configured number of attempts and marks the notice UNDELIVERED', async () => {
    gateway.status = 502;
    const testCase = await acceptNewCase();

    const given = await eventually(async () => {
      const notice = await noticeOf(testCase.applicationId);
      expect(notice).toMatchObject({ status: 'UNDELIVERED', attempts: 3, nextAttemptAt: null });
      return notice;
    });
    expect(given.lastError).toBe('gateway answered HTTP 502');
    // Nothing is tried after the last attempt, however often the sweep looks again.
    const sweep = notification.app.get(NoticeRetrySweep);
    await sweep.nextFullPass();
    await sweep.nextFullPass();
    expect(callsFor(given.id)).toHaveLength(3);
    expect(await db.getRepository(NoticeDelivery).countBy({ noticeId: given.id })).toBe(3);
  });

  it('does not retry what the gateway refuses as malformed', async () => {
    gateway.status = 400;
    const testCase = await acceptNewCase();

    const refused = await eventually(async () => {
      const notice = await noticeOf(testCase.applicationId);
      expect(notice).toMatchObject({ status: 'UNDELIVERED', attempts: 1 });
      return notice;
    });
    expect(refused.lastError).toBe('gateway answered HTTP 400');
  });
});
