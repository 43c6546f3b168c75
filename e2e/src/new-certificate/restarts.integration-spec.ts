import { deadLetterTopicName } from '@tongban/contracts';
import { anAdultIdNumber } from '@tongban/testing';
import { aConclusion, TwoCountyFederation } from './two-county-federation';

/**
 * Case (a) again, with every service stopped just before its input arrives and started again
 * after: what was accepted is neither lost nor done twice (DESIGN §5).
 */
describe('new certificate with each service restarted mid-case', () => {
  let f: TwoCountyFederation;

  beforeAll(async () => {
    f = await TwoCountyFederation.start();
    f.clock.setChinaDate('2026-11-30');
  }, 120_000);

  afterAll(() => f.dispose());

  it('loses nothing and duplicates nothing across restarts of all six services', async () => {
    const idNumber = anAdultIdNumber();
    await f.stopService('notification');
    await f.stopService('assessment');

    const id = await f.fileAndAccept(f.applicationForm({ applicant: { idNumber } }));

    await f.startService('assessment'); // the acceptance waited in Kafka
    await f.until('assessment', 'CLERK', `/assessment-cases/${id}`, (c: { status: string }) =>
      expect(c.status).toBe('AWAITING_DESIGNATION'),
    );
    await f
      .as('assessment', 'CLERK')
      .post(`/assessment-cases/${id}/designation`)
      .send({ institutionId: f.institutionId })
      .expect(200);

    await f.stopService('publicity');
    await f
      .as('assessment', 'ASSESSOR')
      .post(`/assessment-cases/${id}/conclusion`)
      .send(aConclusion())
      .expect(200);
    await f.restartService('assessment'); // an idle restart changes nothing
    await f.startService('publicity');
    await f.until(
      'publicity',
      'PUBLICITY_OFFICER',
      `/publicity-cases/${id}`,
      (c: { status: string }) => expect(c.status).toBe('PUBLICISING'),
    );

    f.clock.setChinaDate('2026-12-08');
    await f.stopService('intake');
    await f.stopService('approval');
    await f
      .as('publicity', 'PUBLICITY_OFFICER')
      .post(`/publicity-cases/${id}/result`)
      .send({ summary: '公示期满，无异议' })
      .expect(200);
    await f.startService('intake'); // hands over what publicity cleared while it was down
    await f.startService('approval'); // receives the handover that waited in Kafka
    await f.until(
      'approval',
      'APPROVER',
      `/approval-cases/${id}`,
      (c: { documents: { status: string }[] }) =>
        expect(c.documents.every((d) => d.status === 'VERIFIED')).toBe(true),
    );

    await f.stopService('printing');
    await f.as('approval', 'APPROVER').post(`/approval-cases/${id}/approve`).send({}).expect(200);
    await f.startService('printing');
    const number = `${idNumber}42`;
    await f.until('printing', 'PRINTER', `/certificates/${number}`, (c: { status: string }) =>
      expect(c.status).toBe('ACTIVE'),
    );
    await f.restartService('approval');
    await f
      .as('printing', 'PRINTER')
      .post(`/certificates/${number}/dispatch`)
      .send({ courier: '顺丰速运', waybillNumber: 'SF1234567890' })
      .expect(201);
    await f.startService('notification'); // every notice of the case, once each

    await f.until(
      'intake',
      'CLERK',
      `/applications/${id}/progress`,
      (p: { status: string }) => expect(p.status).toBe('COMPLETED'),
      40_000,
    );
    await f.until('approval', 'APPROVER', `/approval-cases/${id}`, (c: { status: string }) =>
      expect(c.status).toBe('COMPLETED'),
    );
    const notices = await f.expectEveryNoticeSent(id);
    expect(notices).toHaveLength(5);
    await f
      .as('printing', 'PRINTER')
      .post(`/certificates/${number}/dispatch`)
      .send({ courier: '顺丰速运', waybillNumber: 'SF1234567891' })
      .expect(409);
    expect(await f.residence.messageCount(deadLetterTopicName(f.residence.nodeId))).toBe(0);
    expect(await f.hukou.messageCount(deadLetterTopicName(f.hukou.nodeId))).toBe(0);
  });
});
