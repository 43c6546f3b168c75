import { deadLetterTopicName, topicName, TopicDefinition, Topics } from '@tongban/contracts';
import { InboxMessage } from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import { eventually, randomCountyCode, randomCountyCodes, TestNode } from '@tongban/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  aCase,
  acceptedEnvelope,
  designatedEnvelope,
  publicityEnvelope,
  refusedEnvelope,
  TestCase,
} from '../__tests__/case-events';
import { CapturedLogger } from '../__tests__/captured-logger';
import { NoticeDelivery } from '../delivery/notice-delivery.entity';
import { NOTIFICATION_DEFINITION } from '../notification.definition';
import { CaseRecipient } from './case-recipient.entity';
import type { NoticeView } from './notice.view';

describe('notification: notices from residence-node events (real Kafka and PostgreSQL, log channel)', () => {
  let node: TestNode;
  let notification: ServiceApp;
  let db: DataSource;
  const logs = new CapturedLogger();

  beforeAll(async () => {
    // The second county is served here but takes part in none of the cases (R32).
    node = await TestNode.create(randomCountyCodes(2));
    notification = await node.start(NOTIFICATION_DEFINITION, {
      NOTIFICATION_SWEEP_INTERVAL_MS: '100',
    });
    // Every line the service logs through Nest from here on (R32 is checked at the end).
    notification.app.useLogger(logs);
    db = notification.app.get(DataSource);
  });

  afterAll(() => node.dispose());

  const residence = () => node.countyCodes[0]!;
  const otherCounty = () => node.countyCodes[1]!;

  async function publish(topic: TopicDefinition, ...envelopes: { caseId: string }[]) {
    await node.produce(
      topicName(topic, { nodeId: node.nodeId }),
      envelopes.map((envelope) => ({ key: envelope.caseId, value: JSON.stringify(envelope) })),
    );
  }

  async function notices(applicationId: string): Promise<NoticeView[]> {
    const response = await request(notification.app.getHttpServer())
      .get('/notices')
      .set(node.staffHeaders('CLERK'))
      .query({ applicationId })
      .expect(200);
    return response.body as NoticeView[];
  }

  /** Waits until the case has `count` notices, all in `status`. */
  async function noticesWhen(testCase: TestCase, count: number, status: NoticeView['status']) {
    return eventually(async () => {
      const found = await notices(testCase.applicationId);
      expect(found.map((n) => n.status)).toEqual(Array(count).fill(status));
      return found;
    });
  }

  it('sends the acceptance notice 受理通知 with the application number, and stores the recipient', async () => {
    const testCase = aCase(residence());
    await publish(Topics.applicationAccepted, acceptedEnvelope(testCase));

    const [notice] = await noticesWhen(testCase, 1, 'SENT');
    expect(notice).toMatchObject({
      type: 'APPLICATION_ACCEPTED',
      channel: 'log',
      maskedRecipient: '138****8000',
      attempts: 1,
      lastError: null,
      subject: `受理通知（申请编号${testCase.applicationNumber}）`,
    });
    expect(notice!.text).toMatch(
      /^【.+残联】张三您好：您的残疾人证“跨省通办”（残疾人证新办）申请已受理/,
    );
    expect(notice!.text).toContain(`申请编号${testCase.applicationNumber}`);
    expect(notice!.sentAt).not.toBeNull();
    expect(JSON.stringify(notice)).not.toContain('13800138000');

    const recipient = await db
      .getRepository(CaseRecipient)
      .findOneByOrFail({ applicationId: testCase.applicationId });
    expect(recipient).toMatchObject({ name: '张三', phone: '13800138000' });
    const deliveries = await db
      .getRepository(NoticeDelivery)
      .findBy({ noticeId: notice!.noticeId });
    expect(deliveries).toMatchObject([{ attempt: 1, channel: 'log', outcome: 'DELIVERED' }]);
  });

  it('tells the applicant the designated institution with its address (R8), a home visit (R33), and the publicity dates (R10)', async () => {
    const testCase = aCase(residence());
    await publish(Topics.applicationAccepted, acceptedEnvelope(testCase));
    await noticesWhen(testCase, 1, 'SENT');
    await publish(Topics.institutionDesignated, designatedEnvelope(testCase, true));
    await publish(Topics.publicityStarted, publicityEnvelope(testCase));

    const [, designated, publicity] = await noticesWhen(testCase, 3, 'SENT');
    expect(designated!.type).toBe('INSTITUTION_DESIGNATED');
    expect(designated!.text).toContain('指定残疾评定机构：市第一人民医院残疾评定中心');
    expect(designated!.text).toContain('中山路321号门诊楼5楼');
    expect(designated!.text).toContain('评定机构将上门为您评定');
    expect(designated!.text).toContain('2026年10月9日');
    expect(publicity!.type).toBe('PUBLICITY_STARTED');
    expect(publicity!.text).toContain('于2026年10月19日至2026年10月23日进行公示');
    for (const notice of [designated!, publicity!]) {
      expect(notice.text).toContain(testCase.applicationNumber);
      expect(notice.text).not.toMatch(/undefined|null|[{}]/);
    }
  });

  it('holds notices that arrive before the acceptance as PENDING_RECIPIENT, then sends them all, 受理 first', async () => {
    const testCase = aCase(residence());
    await publish(Topics.institutionDesignated, designatedEnvelope(testCase));
    await publish(Topics.publicityStarted, publicityEnvelope(testCase));

    const pending = await noticesWhen(testCase, 2, 'PENDING_RECIPIENT');
    expect(pending.map((n) => [n.type, n.text, n.maskedRecipient, n.channel])).toEqual([
      ['INSTITUTION_DESIGNATED', null, null, null],
      ['PUBLICITY_STARTED', null, null, null],
    ]);

    await publish(Topics.applicationAccepted, acceptedEnvelope(testCase));
    const sent = await noticesWhen(testCase, 3, 'SENT');
    expect(sent.map((n) => n.type)).toEqual([
      'APPLICATION_ACCEPTED',
      'INSTITUTION_DESIGNATED',
      'PUBLICITY_STARTED',
    ]);
    expect(sent[1]!.text).toContain('请携带身份证件');
    expect(sent[1]!.text).toContain(testCase.applicationNumber);
    // The applicant hears of the acceptance before the designation that came first.
    const sentAt = sent.map((n) => Date.parse(n.sentAt!));
    expect(sentAt[0]).toBeLessThanOrEqual(sentAt[1]!);
    expect(sentAt[1]).toBeLessThanOrEqual(sentAt[2]!);
  });

  it('turns an event delivered twice into one notice and one delivery', async () => {
    const testCase = aCase(residence());
    const accepted = acceptedEnvelope(testCase);
    const designated = designatedEnvelope(testCase);
    await publish(Topics.applicationAccepted, accepted, accepted);
    await publish(Topics.institutionDesignated, designated, designated);

    // A later event of the same case on the same partition proves both copies were consumed.
    const marker = publicityEnvelope(testCase);
    await publish(Topics.publicityStarted, marker);
    const sent = await noticesWhen(testCase, 3, 'SENT');

    const inbox = db.getRepository(InboxMessage);
    expect(await inbox.countBy({ eventId: accepted.id })).toBe(1);
    expect(await inbox.countBy({ eventId: designated.id })).toBe(1);
    expect(sent.map((n) => n.type)).toEqual([
      'APPLICATION_ACCEPTED',
      'INSTITUTION_DESIGNATED',
      'PUBLICITY_STARTED',
    ]);
    for (const notice of sent) {
      expect(await db.getRepository(NoticeDelivery).countBy({ noticeId: notice.noticeId })).toBe(1);
    }
  });

  it('R5: sends a refusal with every reason to the contact the refusal names', async () => {
    const testCase = aCase(residence());
    await publish(Topics.applicationRefused, refusedEnvelope(testCase));
    const [refused] = (await noticesWhen(testCase, 1, 'SENT')).filter(
      (n) => n.type === 'APPLICATION_REFUSED',
    );
    expect(refused!.text).toContain('不予受理');
    expect(refused!.text).toContain('原因：居住证已过期（R1）；缺少近期二寸照片（R5）');
  });

  it('dead-letters an invalid event and records no notice for it', async () => {
    const testCase = aCase(residence());
    const invalid = designatedEnvelope(testCase);
    (invalid.payload as Record<string, unknown>).institutionAddress = undefined;
    await publish(Topics.institutionDesignated, invalid);

    const [letter] = await node.readTopic(deadLetterTopicName(node.nodeId), 1);
    expect(letter!.value!.toString()).toContain(invalid.id);
    expect(await notices(testCase.applicationId)).toEqual([]);
  });

  it.each([
    ['a missing applicationId', {}, /applicationId must be a UUID/],
    ['a malformed applicationId', { applicationId: 'case-1' }, /applicationId must be a UUID/],
    [
      'an unknown parameter',
      { applicationId: '7d0c8c52-5d1f-4a39-9d5e-2c3a4f7f1b10', status: 'SENT' },
      /property status should not exist/,
    ],
  ])('answers %s with 400 naming the field', async (_label, query, message) => {
    const response = await request(notification.app.getHttpServer())
      .get('/notices')
      .set(node.staffHeaders('CLERK'))
      .query(query)
      .expect(400);
    expect((response.body as { message: string[] }).message.join('\n')).toMatch(message);
  });

  it('answers an empty list for a case without notices', async () => {
    expect(await notices('7d0c8c52-5d1f-4a39-9d5e-2c3a4f7f1b10')).toEqual([]);
  });

  it('never logged the phone number, the name or a notice text in clear (R32)', () => {
    const output = logs.output();
    expect(output).toContain('138****8000');
    expect(output).not.toContain('13800138000');
    expect(output).not.toContain('张三');
    expect(output).not.toContain('您好');
  });

  describe('staff access (issue 4 item 10, R32)', () => {
    const get = (applicationId: string, headers: Record<string, string> = {}) =>
      request(notification.app.getHttpServer())
        .get('/notices')
        .set(headers)
        .query({ applicationId });

    it('answers 401 without a token', async () => {
      const testCase = aCase(residence());
      await publish(Topics.applicationAccepted, acceptedEnvelope(testCase));
      await noticesWhen(testCase, 1, 'SENT');
      const response = await get(testCase.applicationId).expect(401);
      expect(response.body.message).toMatch(/missing Authorization header/);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
    });

    it('R32: shows any staff role of a county on the case, and refuses a served county not on it — logged, without the case', async () => {
      const testCase = aCase(residence());
      await publish(Topics.applicationAccepted, acceptedEnvelope(testCase));
      await noticesWhen(testCase, 1, 'SENT');
      await get(testCase.applicationId, node.staffHeaders('AUDITOR')).expect(200);

      const refused = await get(
        testCase.applicationId,
        node.staffHeaders('CLERK', otherCounty(), 'clerk-outsider'),
      ).expect(403);
      expect(refused.body.message).toMatch(/may not access this case.*\(R32\)/);
      expect(JSON.stringify(refused.body)).not.toContain(residence());
      const audit = logs
        .output()
        .split('\n')
        .find((line) => line.includes('staff_access_refused') && line.includes('clerk-outsider'));
      expect(audit).toBeDefined();
      expect(JSON.parse(audit!).args[0]).toMatchObject({
        status: 403,
        reason: 'case-county-not-involved',
        staffId: 'clerk-outsider',
        county: otherCounty(),
        caseId: testCase.applicationId,
      });
    });

    it('R32: refuses the outsider even while the notices wait for intake’s acceptance', async () => {
      const testCase = aCase(residence());
      await publish(Topics.institutionDesignated, designatedEnvelope(testCase));
      await noticesWhen(testCase, 1, 'PENDING_RECIPIENT');
      await get(testCase.applicationId, node.staffHeaders('CLERK', otherCounty())).expect(403);
    });

    it('answers 403 to a token naming a county this node does not serve', async () => {
      const testCase = aCase(residence());
      await publish(Topics.applicationAccepted, acceptedEnvelope(testCase));
      await noticesWhen(testCase, 1, 'SENT');
      const stranger = randomCountyCode();
      await get(testCase.applicationId, node.staffHeaders('CLERK', stranger)).expect(403);
    });

    it('keeps /health open without a token', async () => {
      await request(notification.app.getHttpServer()).get('/health').expect(200);
    });
  });
});
