import { deadLetterTopicName, topicName, Topics } from '@tongban/contracts';
import { EncryptionHeaders } from '@tongban/messaging';
import { compactDecrypt } from 'jose';
import { createPrivateKey } from 'node:crypto';
import { anAdultIdNumber, PDF_SCAN } from '@tongban/testing';
import { ADULT_SCANS, TwoCountyFederation } from './two-county-federation';

const GUARDIAN_SCANS: [string, Buffer][] = [
  ['GUARDIAN_ID', PDF_SCAN],
  ['GUARDIAN_PROOF', PDF_SCAN],
];
// Born 2015-06-15 in 320106, valid check character: a minor.
const MINOR_ID_NUMBER = '320106201506150014';

type Progress = {
  status: string;
  steps: { step: string }[];
  deadlines: { rule: string; status: string }[];
  waybillNumber: string | null;
};

/**
 * A new disability certificate across two counties (R1–R12, R25–R27, R29–R30): the residence
 * node and the hukou node share one Kafka and nothing else.
 */
describe('new certificate across two county nodes, end to end', () => {
  let f: TwoCountyFederation;

  beforeAll(async () => {
    f = await TwoCountyFederation.start();
  }, 120_000);

  afterAll(() => f.dispose());

  beforeEach(() => f.clock.setChinaDate('2026-11-30')); // a Monday

  const progress = (id: string, check: (p: Progress) => void) =>
    f.until<Progress>('intake', 'CLERK', `/applications/${id}/progress`, check, 40_000);

  it('(a) an adult with a physical disability: filed, assessed, publicised, approved, printed and mailed', async () => {
    const started = Date.now();
    const idNumber = anAdultIdNumber();
    const id = await f.fileAndAccept(f.applicationForm({ applicant: { idNumber } }));
    await f.assess(id);
    await f.publicise(id);
    const handedOver = Date.now();
    await f.approve(id);
    const received = Date.now();
    await f.printAndMail(`${idNumber}42`, 'EMS1234567890');

    // R30: the hukou county's archive holds what approval verified, for the holder.
    const archive = await f.until(
      'archive',
      'CLERK',
      `/e-archive/cases/${id}`,
      (a: { documents: { applicationId: string; kind: string }[] }) =>
        expect(a.documents.filter((d) => d.applicationId === id).length).toBeGreaterThan(0),
    );
    expect(archive).toMatchObject({ holderIdNumber: idNumber, countyCode: f.hukouCounty });
    expect(archive.documents.map((d) => d.kind).sort()).toEqual(
      (await f.as('approval', 'APPROVER').get(`/approval-cases/${id}`).expect(200)).body.documents
        .map((d: { kind: string }) => d.kind)
        .sort(),
    );

    const done = await progress(id, (p) => expect(p.status).toBe('COMPLETED'));
    expect(done.waybillNumber).toBe('EMS1234567890');
    expect(done.steps.map((s) => s.step)).toEqual([
      'FILED',
      'ACCEPTED',
      'INSTITUTION_DESIGNATED',
      'CONCLUSION_RECORDED',
      'PUBLICITY_STARTED',
      'PUBLICITY_CLEARED',
      'HANDED_OVER',
      'APPROVED',
      'DISPATCHED',
    ]);
    expect(done.deadlines.map((d) => [d.rule, d.status])).toEqual([
      ['R25', 'MET'],
      ['R26', 'MET'],
      ['R27', 'MET'],
    ]);
    // Both counties' staff see the case; the hukou county's R27 closed on mailing.
    const atHukou = await f.until(
      'approval',
      'APPROVER',
      `/approval-cases/${id}`,
      (c: { status: string }) => expect(c.status).toBe('COMPLETED'),
    );
    expect(JSON.stringify(atHukou)).not.toContain(idNumber);

    // What the applicant sees, with the number on the receipt and their ID number.
    const filed = await f.as('intake', 'CLERK').get(`/applications/${id}`).expect(200);
    const mine = await f
      .public('intake')
      .post('/applicant/status')
      .send({ applicationNumber: filed.body.applicationNumber, idNumber })
      .expect(200);
    expect(mine.body).toMatchObject({ status: 'COMPLETED', waybillNumber: 'EMS1234567890' });
    await f
      .public('intake')
      .post('/applicant/status')
      .send({ applicationNumber: filed.body.applicationNumber, idNumber: MINOR_ID_NUMBER })
      .expect(404);

    // R8, R10, R11, R12: one notice per step, in Chinese, to the applicant.
    const notices = await f.expectEveryNoticeSent(id);
    expect(JSON.stringify(notices)).toContain('EMS1234567890');

    // National monitoring saw the case from acceptance at the residence county to the card in
    // the post at the hukou county, and nothing that names the applicant (R32).
    const seen = await f.until(
      'monitor',
      'AUDITOR',
      `/counties/${f.hukouCounty}/cases?status=COMPLETED`,
      (page: { items: { caseId: string; stage: string }[] }) =>
        expect(page.items.find((c) => c.caseId === id)?.stage).toBe('MAILING'),
    );
    expect(seen.items.find((c) => c.caseId === id)).toEqual({
      caseId: id,
      countyCode: f.hukouCounty,
      caseKind: 'NEW',
      stage: 'MAILING',
      transition: 'COMPLETED',
      status: 'COMPLETED',
      firstSeenOn: '2026-11-30',
      lastChangedOn: expect.any(String),
    });
    expect(JSON.stringify(seen)).not.toContain(idNumber);

    // On the wire the hand-over is a JWE only the hukou node's key opens (security item 2):
    // the broker, its disks and the operator see neither the ID number nor the name.
    const wire = await f.hukou.findMessage(
      topicName(Topics.caseHandedOver, { nodeId: f.hukou.nodeId, countyCode: f.hukouCounty }),
      (m) => m.key?.toString() === id,
      { raw: true },
    );
    expect(wire.headers?.[EncryptionHeaders.encryption]?.toString()).toBe('JWE');
    const jwe = wire.value!.toString();
    expect(jwe.split('.')).toHaveLength(5);
    expect(jwe).not.toContain(idNumber);
    const opened = await compactDecrypt(
      jwe,
      createPrivateKey({
        key: Buffer.from(f.hukou.encryptionKeys.privateKey, 'base64'),
        format: 'der',
        type: 'pkcs8',
      }),
    );
    expect(opened.protectedHeader).toMatchObject({ alg: 'ECDH-ES', enc: 'A256GCM' });
    const envelope = JSON.parse(Buffer.from(opened.plaintext).toString());
    expect(envelope).toMatchObject({ caseId: id, destinationCounty: f.hukouCounty });
    expect(JSON.stringify(envelope)).toContain(idNumber);

    // Nothing was parked on either side.
    expect(await f.residence.messageCount(deadLetterTopicName(f.residence.nodeId))).toBe(0);
    expect(await f.hukou.messageCount(deadLetterTopicName(f.hukou.nodeId))).toBe(0);
    console.info(
      `case (a): end to end ${Date.now() - started} ms; handover to verified receipt ${received - handedOver} ms`,
    );
  });

  it('(b) a minor with an intellectual disability: guardian required, not publicised', async () => {
    const form = f.applicationForm({
      claimedCategories: ['INTELLECTUAL'],
      applicant: {
        idNumber: MINOR_ID_NUMBER,
        guardian: {
          name: '李四',
          idNumber: '110105195001010012',
          relationship: '父亲',
          phone: '13900139000',
        },
      },
    });
    const id = await f.fileAndAccept(form, [...ADULT_SCANS, ...GUARDIAN_SCANS]);
    await f.assess(id, { impairments: [{ category: 'INTELLECTUAL', level: 3 }] });
    // R10: no publicity, the case goes straight to the hukou county.
    await f.approve(id);
    await f.printAndMail(`${MINOR_ID_NUMBER}53`, 'EMS2234567890');
    const done = await progress(id, (p) => expect(p.status).toBe('COMPLETED'));
    expect(done.steps.map((s) => s.step)).not.toContain('PUBLICITY_STARTED');
    // The minor's plan has no publicity, so the publicity desk never opened work for the case.
    await f.as('publicity', 'PUBLICITY_OFFICER').get(`/publicity-cases/${id}`).expect(404);
    expect(done.deadlines.map((d) => [d.rule, d.status])).toEqual([
      ['R25', 'MET'],
      ['R26', 'MET'],
      ['R27', 'MET'],
    ]);
  });

  it('(c) not this county’s jurisdiction: returned, the clerk contacts the applicant and re-routes', async () => {
    const idNumber = anAdultIdNumber();
    const id = await f.fileAndAccept(f.applicationForm({ applicant: { idNumber } }));
    await f.assess(id);
    await f.publicise(id);
    await f.until('approval', 'APPROVER', `/approval-cases/${id}`, (c: { status: string }) =>
      expect(c.status).toBe('APPROVAL'),
    );
    await f
      .as('approval', 'APPROVER')
      .post(`/approval-cases/${id}/return`)
      .send({ reason: '经核查，申请人户籍不在本县' })
      .expect(200);
    await progress(id, (p) => expect(p.status).toBe('RETURNED_FOR_JURISDICTION'));

    await f
      .as('intake', 'CLERK')
      .post(`/applications/${id}/reroute`)
      .send({ hukouCountyCode: f.otherHukouCounty, contactNote: '已电话联系申请人，户籍在邻县' })
      .expect(200);
    await f.approve(id, f.otherHukouCounty);
    await f.printAndMail(`${idNumber}42`, 'EMS3234567890', f.otherHukouCounty);
    const done = await progress(id, (p) => expect(p.status).toBe('COMPLETED'));
    expect(done.steps.map((s) => s.step)).toEqual(expect.arrayContaining(['RETURNED', 'REROUTED']));
    const atHukou = await f
      .as('approval', 'APPROVER', f.otherHukouCounty)
      .get(`/approval-cases/${id}`)
      .expect(200);
    expect(atHukou.body.hukouCountyCode).toBe(f.otherHukouCounty);
    // The first hukou county no longer sees a case that is not its own (R32).
    await f.as('approval', 'APPROVER').get(`/approval-cases/${id}`).expect(403);
  });

  it('(d) a conclusion that does not meet the standard closes the case at the residence county', async () => {
    const id = await f.fileAndAccept(
      f.applicationForm({ applicant: { idNumber: anAdultIdNumber() } }),
    );
    await f.assess(id, { meetsStandard: false, impairments: undefined });
    // R9: the applicant may still dispute it; nothing goes to the hukou county.
    const closed = await progress(id, (p) => expect(p.status).toBe('CONCLUSION_NOT_MET'));
    expect(closed.steps.map((s) => s.step)).not.toContain('HANDED_OVER');
    await f.as('approval', 'APPROVER').get(`/approval-cases/${id}`).expect(404);
  });

  it('(e) an objection during publicity is upheld: re-assessed, publicised again, then handed over', async () => {
    const id = await f.fileAndAccept(
      f.applicationForm({ applicant: { idNumber: anAdultIdNumber() } }),
    );
    await f.assess(id);
    await f.until(
      'publicity',
      'PUBLICITY_OFFICER',
      `/publicity-cases/${id}`,
      (c: { status: string }) => expect(c.status).toBe('PUBLICISING'),
    );
    const objection = await f
      .as('publicity', 'PUBLICITY_OFFICER')
      .post(`/publicity-cases/${id}/objections`)
      .send({ summary: '群众反映评定时行动自如', receivedOn: '2026-11-30' })
      .expect(201);
    await f
      .as('publicity', 'PUBLICITY_OFFICER')
      .post(`/publicity-cases/${id}/objections/${objection.body.id}/resolution`)
      .send({ decision: 'UPHELD', resolution: '异议成立，重新评定' })
      .expect(200);
    // R9: back to assessment, designated again, concluded again.
    await f.assess(id, {
      impairments: [{ category: 'PHYSICAL', level: 3 }],
      receivedOn: '2026-11-30',
    });
    await f.publicise(id);
    await f.until('approval', 'APPROVER', `/approval-cases/${id}`, (c: { status: string }) =>
      expect(c.status).toBe('APPROVAL'),
    );
    const assessment = await f.as('assessment', 'CLERK').get(`/assessment-cases/${id}`).expect(200);
    expect(assessment.body).toMatchObject({
      reassessment: true,
      conclusion: { classification: { level: 3 } },
    });
  });
});
