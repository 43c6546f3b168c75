import { deadLetterTopicName } from '@tongban/contracts';
import { ExchangeLogEntry, OutboxMessage } from '@tongban/messaging';
import { anAdultIdNumber, eventually } from '@tongban/testing';
import { DataSource, Like } from 'typeorm';
import { ADULT_SCANS, TwoCountyFederation } from './two-county-federation';

type Documents = { documents: { status: string; freshUrlRequests: number }[] };

/**
 * R30, DESIGN §5: delivery survives the hukou node being down longer than the hand-over's URLs
 * live. The URLs expire while approval is stopped; once it is back it asks the residence county
 * for fresh ones over Kafka, verifies the scans and the case goes on to the post.
 */
describe('scans whose URLs expired while the hukou node was down', () => {
  let f: TwoCountyFederation;

  beforeAll(async () => {
    f = await TwoCountyFederation.start();
    f.clock.setChinaDate('2026-11-30');
  }, 120_000);

  afterAll(() => f.dispose());

  /** Waits until the object store refuses every URL the hand-over carried: no guessed delay. */
  async function urlsExpiredAtStorage(caseId: string): Promise<void> {
    const handovers = await f.services
      .get('intake')!
      .app.get(DataSource)
      .getRepository(OutboxMessage)
      .findBy({ messageKey: caseId, topic: Like('%case.handed-over%') });
    const urls = handovers.flatMap((row) =>
      (row.envelope as { payload: { documents: { url: string }[] } }).payload.documents.map(
        (d) => d.url,
      ),
    );
    expect(urls).toHaveLength(ADULT_SCANS.length);
    await eventually(async () => {
      for (const url of urls) expect((await fetch(url)).status).toBe(403);
    }, 15_000);
  }

  it('are signed again on request, verified, and the case is approved, printed and mailed', async () => {
    const idNumber = anAdultIdNumber();
    const id = await f.fileAndAccept(f.applicationForm({ applicant: { idNumber } }));
    await f.assess(id);
    await f.until(
      'publicity',
      'PUBLICITY_OFFICER',
      `/publicity-cases/${id}`,
      (c: { status: string }) => expect(c.status).toBe('PUBLICISING'),
    );

    // The hukou node is down; the residence county hands over with URLs that live 2 seconds.
    await f.stopService('approval');
    await f.restartService('intake', { INTAKE_HANDOVER_URL_TTL_SECONDS: '2' });
    f.clock.setChinaDate('2026-12-08');
    await f
      .as('publicity', 'PUBLICITY_OFFICER')
      .post(`/publicity-cases/${id}/result`)
      .send({ summary: '公示期满，无异议' })
      .expect(200);
    await f.until('intake', 'CLERK', `/applications/${id}/progress`, (p: { status: string }) =>
      expect(p.status).toBe('APPROVAL'),
    );
    await urlsExpiredAtStorage(id);
    // Back to the deployment's lifetime for whatever it signs from now on.
    await f.restartService('intake');
    await f.startService('approval');

    const verified = await f.until<Documents>(
      'approval',
      'APPROVER',
      `/approval-cases/${id}`,
      (c) => expect(c.documents.every((d) => d.status === 'VERIFIED')).toBe(true),
      40_000,
    );
    // Every scan was asked for once, in one request: the hand-over's URLs never worked here.
    expect(verified.documents.map((d) => d.freshUrlRequests)).toEqual(
      Array(ADULT_SCANS.length).fill(1),
    );
    const approvalLog = await f.services
      .get('approval')!
      .app.get(DataSource)
      .getRepository(ExchangeLogEntry)
      .findBy({ caseId: id });
    expect(approvalLog.map((e) => [e.direction, e.eventType])).toEqual(
      expect.arrayContaining([
        ['SENT', 'exchange.document-urls.requested'],
        ['RECEIVED', 'exchange.document-urls.reissued'],
      ]),
    );
    expect(
      approvalLog.filter((e) => e.eventType === 'exchange.document-urls.requested'),
    ).toHaveLength(1);

    await f.approve(id);
    await f.printAndMail(`${idNumber}42`, 'EMS2234567890');
    await f.until(
      'intake',
      'CLERK',
      `/applications/${id}/progress`,
      (p: { status: string }) => expect(p.status).toBe('COMPLETED'),
      40_000,
    );
    expect(await f.residence.messageCount(deadLetterTopicName(f.residence.nodeId))).toBe(0);
    expect(await f.hukou.messageCount(deadLetterTopicName(f.hukou.nodeId))).toBe(0);
  });
});
