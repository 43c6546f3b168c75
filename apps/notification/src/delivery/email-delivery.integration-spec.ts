import { topicName, Topics } from '@tongban/contracts';
import { ServiceApp } from '@tongban/runtime';
import { eventually, TestNode } from '@tongban/testing';
import { DataSource } from 'typeorm';
import { aCase, acceptedEnvelope, APPLICANT } from '../__tests__/case-events';
import { StubGateway } from '../__tests__/stub-gateway';
import { NOTIFICATION_DEFINITION } from '../notification.definition';
import { Notice } from '../notices/notice.entity';

const SENDER = 'notice@canlian.example.gov.cn';

/** A county that sends notices by email: the address comes from the applicant at intake. */
describe('notification: email delivery to the address given at intake (real PostgreSQL, Kafka, HTTP)', () => {
  let node: TestNode;
  let gateway: StubGateway;
  let notification: ServiceApp;

  beforeAll(async () => {
    node = await TestNode.create();
    gateway = await StubGateway.start();
    notification = await node.start(NOTIFICATION_DEFINITION, {
      NOTIFICATION_CHANNEL: 'email',
      NOTIFICATION_EMAIL_GATEWAY_URL: gateway.url(),
      NOTIFICATION_EMAIL_GATEWAY_TOKEN: 'mail-gateway-token',
      NOTIFICATION_EMAIL_FROM: SENDER,
    });
  });

  afterAll(async () => {
    await node.dispose();
    await gateway.stop();
  });

  async function accept(contact: Parameters<typeof acceptedEnvelope>[1]) {
    const testCase = aCase(node.countyCodes[0]!);
    const envelope = acceptedEnvelope(testCase, contact);
    await node.produce(topicName(Topics.applicationAccepted, { nodeId: node.nodeId }), [
      { key: envelope.caseId, value: JSON.stringify(envelope) },
    ]);
    return testCase;
  }

  const settledNoticeOf = (applicationId: string) =>
    eventually(async () => {
      const notice = await notification.app
        .get(DataSource)
        .getRepository(Notice)
        .findOneByOrFail({ applicationId });
      expect(['SENT', 'UNDELIVERED']).toContain(notice.status);
      return notice;
    });

  it('mails the acceptance notice to the applicant’s address, from the county’s sender', async () => {
    const testCase = await accept({ ...APPLICANT, email: 'zhangsan@example.cn' });
    const notice = await settledNoticeOf(testCase.applicationId);
    expect(notice).toMatchObject({ status: 'SENT', channel: 'email' });
    const call = gateway.calls.find((c) => c.headers['idempotency-key'] === notice.id);
    expect(call!.body).toEqual({
      from: SENDER,
      to: 'zhangsan@example.cn',
      subject: notice.subject,
      text: notice.text,
    });
  });

  it('records a notice to an applicant who gave no address as undelivered, without retrying', async () => {
    const testCase = await accept(APPLICANT);
    const notice = await settledNoticeOf(testCase.applicationId);
    expect(notice).toMatchObject({
      status: 'UNDELIVERED',
      attempts: 1,
      lastError: 'the recipient has no email address',
    });
    expect(gateway.calls.some((c) => c.headers['idempotency-key'] === notice.id)).toBe(false);
  });
});
