import { topicName, TopicDefinition, Topics } from '@tongban/contracts';
import { ExchangeLogEntry } from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import { eventually, TestNode } from '@tongban/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  aCase,
  acceptedEnvelope,
  decidedEnvelope,
  dispatchedEnvelope,
  TestCase,
} from '../__tests__/case-events';
import { federationName } from '../templates';
import { NOTIFICATION_DEFINITION } from '../notification.definition';
import type { NoticeView } from './notice.view';

/**
 * The hukou county's decision and dispatch come back to the residence county over its county
 * topics, signed (DESIGN §4); the residence county turns them into notices (R11, R12, R29).
 */
describe('notification: notices from the hukou county (two nodes, signed county topics)', () => {
  let residence: TestNode;
  let hukou: TestNode;
  let stranger: TestNode;
  let notification: ServiceApp;
  let db: DataSource;

  beforeAll(async () => {
    residence = await TestNode.create();
    hukou = await TestNode.create();
    stranger = await TestNode.create();
    residence.federateWith(hukou);
    notification = await residence.start(NOTIFICATION_DEFINITION, {
      NOTIFICATION_SWEEP_INTERVAL_MS: '100',
    });
    db = notification.app.get(DataSource);
  });

  afterAll(async () => {
    await Promise.all([residence.dispose(), hukou.dispose(), stranger.dispose()]);
  });

  const newCase = () => aCase(residence.countyCodes[0]!, hukou.countyCodes[0]!);
  const countyTopic = (topic: TopicDefinition) =>
    topicName(topic, { nodeId: residence.nodeId, countyCode: residence.countyCodes[0]! });

  async function accept(testCase: TestCase): Promise<void> {
    const envelope = acceptedEnvelope(testCase);
    await residence.produce(topicName(Topics.applicationAccepted, { nodeId: residence.nodeId }), [
      { key: envelope.caseId, value: JSON.stringify(envelope) },
    ]);
  }

  async function notices(applicationId: string): Promise<NoticeView[]> {
    const response = await request(notification.app.getHttpServer())
      .get('/notices')
      .set(residence.staffHeaders('CLERK'))
      .query({ applicationId })
      .expect(200);
    return response.body as NoticeView[];
  }

  async function sentNotices(testCase: TestCase, count: number): Promise<NoticeView[]> {
    return eventually(async () => {
      const found = await notices(testCase.applicationId);
      expect(found.map((n) => n.status)).toEqual(Array(count).fill('SENT'));
      return found;
    });
  }

  it('sends the approval and then the mailing notice with courier, waybill and cash on delivery', async () => {
    const testCase = newCase();
    await accept(testCase);
    const decided = decidedEnvelope(testCase, 'APPROVED');
    await hukou.produceSigned(countyTopic(Topics.caseDecided), decided);
    await hukou.produceSigned(
      countyTopic(Topics.certificateDispatched),
      dispatchedEnvelope(testCase),
    );

    const [, approval, mailing] = await sentNotices(testCase, 3);
    const hukouFederation = federationName(hukou.countyCodes[0]!);
    expect(approval).toMatchObject({ type: 'CASE_DECIDED', channel: 'log' });
    expect(approval!.subject).toContain('审批结果通知');
    expect(approval!.text).toContain(`于2026年10月28日经户籍地${hukouFederation}审核通过`);
    expect(approval!.text).toContain('快递费用到付');
    expect(mailing).toMatchObject({ type: 'CERTIFICATE_DISPATCHED', channel: 'log' });
    expect(mailing!.subject).toContain('寄送通知');
    expect(mailing!.text).toContain('通过中国邮政EMS寄出，运单号1187654321098，快递费用到付');
    expect(mailing!.text).toContain('证件有效期2026年10月29日至2036年10月29日');
    // The certificate number is the ID number plus category and level (R32): not in an SMS.
    expect(mailing!.text).not.toContain('11010519491231002X');

    const received = await db
      .getRepository(ExchangeLogEntry)
      .findBy({ eventId: decided.id, direction: 'RECEIVED' });
    expect(received).toHaveLength(1);
    expect(received[0]!.counterpartCounty).toBe(hukou.countyCodes[0]);
  });

  it('tells the applicant a rejection with the hukou county’s reasons', async () => {
    const testCase = newCase();
    await accept(testCase);
    await hukou.produceSigned(
      countyTopic(Topics.caseDecided),
      decidedEnvelope(testCase, 'REJECTED', ['评定表缺少评定机构印章（R3）']),
    );

    const [, rejection] = await sentNotices(testCase, 2);
    expect(rejection!.text).toContain('未予通过，原因：评定表缺少评定机构印章（R3）');
    expect(rejection!.text).not.toMatch(/undefined|null|[{}]/);
  });

  it('turns no county event into a notice that was not encrypted to this node, even if well signed', async () => {
    const testCase = newCase();
    await accept(testCase);
    await sentNotices(testCase, 1);

    // The hukou county's genuine signature, but readable by anyone on the way.
    const inClear = decidedEnvelope(testCase, 'APPROVED');
    await hukou.produceSigned(countyTopic(Topics.caseDecided), inClear, { plaintext: true });
    // Encrypted to another node's key: this node cannot open it.
    const forSomeoneElse = dispatchedEnvelope(testCase);
    await hukou.produceSigned(countyTopic(Topics.certificateDispatched), forSomeoneElse, {
      encryptTo: stranger.encryptionKeys.publicKey,
    });
    const genuine = decidedEnvelope(testCase, 'REJECTED', ['不属于本县管辖（R11）']);
    await hukou.produceSigned(countyTopic(Topics.caseDecided), genuine);

    const sent = await sentNotices(testCase, 2);
    expect(sent.map((n) => n.type)).toEqual(['APPLICATION_ACCEPTED', 'CASE_DECIDED']);
    const rejected = await eventually(async () => {
      const entries = await db
        .getRepository(ExchangeLogEntry)
        .findBy({ counterpartCounty: hukou.countyCodes[0]!, direction: 'REJECTED' });
      const reasons = entries.map((entry) => entry.reason);
      expect(reasons).toEqual(
        expect.arrayContaining([
          `not encrypted: county ${hukou.countyCodes[0]} must encrypt to us`,
          'cannot decrypt: not encrypted to this node’s key',
        ]),
      );
      return entries;
    });
    // The one in clear is on record by its id; the unreadable one could not say which it was.
    expect(rejected.find((entry) => entry.eventId === inClear.id)?.reason).toMatch(/not encrypted/);
    expect(rejected.map((entry) => entry.eventId)).not.toContain(forSomeoneElse.id);
  });

  it('turns no badly signed or unsigned county event into a notice, and keeps consuming', async () => {
    const testCase = newCase();
    await accept(testCase);
    await sentNotices(testCase, 1);

    // Signed with a key the residence county does not trust, in the hukou county's name.
    const forged = decidedEnvelope(testCase, 'APPROVED');
    await stranger.produceSigned(countyTopic(Topics.caseDecided), forged);
    // Not signed at all.
    const unsigned = dispatchedEnvelope(testCase);
    await residence.produce(countyTopic(Topics.certificateDispatched), [
      { key: unsigned.caseId, value: JSON.stringify(unsigned) },
    ]);
    // A genuine event behind them proves the consumer moved past both.
    const genuine = decidedEnvelope(testCase, 'REJECTED', ['不属于本县管辖（R11）']);
    await hukou.produceSigned(countyTopic(Topics.caseDecided), genuine);

    const sent = await sentNotices(testCase, 2);
    expect(sent.map((n) => n.type)).toEqual(['APPLICATION_ACCEPTED', 'CASE_DECIDED']);
    expect(sent[1]!.text).toContain('不属于本县管辖');

    const rejected = await eventually(async () => {
      const entries = await db
        .getRepository(ExchangeLogEntry)
        .findBy({ caseId: testCase.applicationId, direction: 'REJECTED' });
      expect(entries).toHaveLength(2);
      return entries;
    });
    const reasons = Object.fromEntries(rejected.map((entry) => [entry.eventId, entry.reason]));
    expect(reasons[forged.id]).toMatch(/signature of county \d{6} does not match/);
    expect(reasons[unsigned.id]).toMatch(/unsigned/);
    // Both refusals are on record now, and neither became a notice.
    expect((await notices(testCase.applicationId)).map((n) => n.type)).toEqual([
      'APPLICATION_ACCEPTED',
      'CASE_DECIDED',
    ]);
  });
});
