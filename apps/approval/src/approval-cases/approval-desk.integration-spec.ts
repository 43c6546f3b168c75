import { Topics } from '@tongban/contracts';
import { OutboxMessage, SignatureHeaders } from '@tongban/messaging';
import { sha256Hex } from '@tongban/storage';
import { ADULT_ID_NUMBER, eventually, PDF_SCAN } from '@tongban/testing';
import { createPublicKey, randomUUID, verify } from 'node:crypto';
import { ApprovalHarness, envelopeOf, ofCase } from '../__tests__/approval-harness';
import { ApprovalCase } from './approval-case.entity';

describe('approval desk at the hukou county: return, approve, reject, mailing (R11, R12, R27)', () => {
  let h: ApprovalHarness;

  beforeAll(async () => {
    h = await ApprovalHarness.start();
  });

  afterAll(() => h.dispose());

  beforeEach(() => h.clock.setChinaDate('2026-11-16'));

  const post = (id: string, action: string, body?: object) =>
    h.http().post(`/approval-cases/${id}/${action}`).send(body);
  const view = async (id: string) => (await h.http().get(`/approval-cases/${id}`).expect(200)).body;

  /** This node's outbox rows of a case, in the order they were written. */
  const outbox = async (caseId: string) =>
    (
      await h.db
        .getRepository(OutboxMessage)
        .find({ where: { messageKey: caseId }, order: { sequence: 'ASC' } })
    ).map((row) => ({
      topic: row.topic,
      envelope: row.envelope as { type: string; payload: Record<string, unknown> },
    }));
  const stages = async (caseId: string) =>
    (await outbox(caseId))
      .filter((row) => row.envelope.type === 'monitor.case.stage-changed')
      .map((row) => row.envelope.payload);

  /**
   * A county message as the residence county receives it: the signature checked over the
   * bytes on the wire (encrypted to the residence county), then opened.
   */
  async function signedToResidence(
    topic: (typeof Topics)['caseDecided' | 'caseReturned'],
    caseId: string,
  ) {
    const message = await h.residence.findMessage(
      h.residenceTopic(topic),
      (m) => m.key?.toString() === caseId,
      { raw: true },
    );
    const signature = message.headers![SignatureHeaders.signature]!.toString();
    const hukouKey = createPublicKey({
      key: Buffer.from(h.hukou.exchangeKeys.publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    expect(verify(null, message.value!, hukouKey, Buffer.from(signature, 'base64'))).toBe(true);
    expect(message.headers![SignatureHeaders.signer]!.toString()).toBe(h.hukouCounty);
    return envelopeOf(await h.residence.opened(message));
  }

  const mailed = (applicationId: string, mailedOn: string) => ({
    id: randomUUID(),
    type: 'printing.certificate.mailed',
    schemaVersion: 1,
    sourceCounty: h.hukouCounty,
    destinationCounty: h.hukouCounty,
    caseId: applicationId,
    correlationId: applicationId,
    occurredAt: new Date().toISOString(),
    payload: { applicationId, waybillNumber: '1187654321098', mailedOn },
  });

  it('approves: printing gets the verified local photo, the residence county a signed decision; R27 met when mailed', async () => {
    const { envelope } = await h.receivedCase();
    const id = envelope.caseId;
    const photoSent = envelope.payload.documents.find((d) => d.kind === 'PHOTO')!;

    const approved = await post(id, 'approve').expect(200);
    expect(approved.body).toMatchObject({
      status: 'PRINTING',
      decision: { outcome: 'APPROVED', decidedOn: '2026-11-16', reasons: [] },
      deadlines: [{ rule: 'R27', status: 'OPEN', dueOn: '2026-11-25' }],
    });

    // To printing on this node: everything needed to issue, print and mail the card.
    const order = envelopeOf(
      await h.hukou.findMessage(h.hukouNodeTopic(Topics.caseApproved), ofCase(id)),
    );
    expect(order).toMatchObject({
      sourceCounty: h.hukouCounty,
      destinationCounty: h.hukouCounty,
      causationId: envelope.id,
      payload: {
        applicationId: id,
        caseKind: 'NEW',
        residenceCountyCode: h.residenceCounty,
        hukouCountyCode: h.hukouCounty,
        applicant: {
          name: '张三',
          idNumber: ADULT_ID_NUMBER,
          mailingAddress: { addressLine: '中山北路1号3栋502室' },
        },
        classification: { category: 'PHYSICAL', level: 2 },
        approvedOn: '2026-11-16',
      },
    });
    const photo = order.payload.photo as Record<string, unknown>;
    expect(photo).toEqual({
      kind: 'PHOTO',
      key: `cases/${id}/PHOTO/${photoSent.sha256}.png`,
      sha256: photoSent.sha256,
      size: photoSent.size,
      contentType: 'image/png',
    });
    // Printing-ready: the key is in this node's bucket and holds the residence county's bytes.
    expect(sha256Hex(await h.hukouStore.getBuffer(photo.key as string))).toBe(photoSent.sha256);

    // To archive on this node (R30): every scan of the round, by its verified copy's key.
    const archived = envelopeOf(
      await h.hukou.findMessage(h.hukouNodeTopic(Topics.caseDocumentsApproved), ofCase(id)),
    );
    expect(archived).toMatchObject({
      destinationCounty: h.hukouCounty,
      causationId: envelope.id,
      payload: {
        applicationId: id,
        caseKind: 'NEW',
        hukouCountyCode: h.hukouCounty,
        holder: { idNumber: ADULT_ID_NUMBER, name: '张三' },
        approvedOn: '2026-11-16',
      },
    });
    const filed = archived.payload.documents as { kind: string; key: string; sha256: string }[];
    expect(filed.map((d) => [d.kind, d.sha256]).sort()).toEqual(
      envelope.payload.documents.map((d) => [d.kind, d.sha256]).sort(),
    );
    for (const document of filed) {
      expect(document.key).toMatch(
        new RegExp(`^cases/${id}/${document.kind}/${document.sha256}\\.`),
      );
      expect(sha256Hex(await h.hukouStore.getBuffer(document.key))).toBe(document.sha256);
    }

    // Back to the residence county, signed by this county (DESIGN §4).
    const decided = await signedToResidence(Topics.caseDecided, id);
    expect(decided).toMatchObject({
      sourceCounty: h.hukouCounty,
      destinationCounty: h.residenceCounty,
      payload: { applicationId: id, decision: 'APPROVED', reasons: [], decidedOn: '2026-11-16' },
    });

    // National monitoring: de-identified (R32).
    expect(await stages(id)).toEqual([
      expect.objectContaining({
        countyCode: h.hukouCounty,
        stage: 'APPROVAL',
        transition: 'ENTERED',
      }),
      expect.objectContaining({
        stage: 'APPROVAL',
        transition: 'COMPLETED',
        occurredOn: '2026-11-16',
      }),
    ]);
    const national = (await outbox(id)).filter((row) => row.topic.startsWith('tongban.national.'));
    expect(JSON.stringify(national)).not.toMatch(/张三|13800138000|中山北路|11010519491231002X/);

    // R12, R27: printing mails the card on Fri 11-20, before the due day 11-25.
    await h.hukou.produce(h.hukouNodeTopic(Topics.certificateMailed), [
      { key: id, value: JSON.stringify(mailed(id, '2026-11-20')) },
    ]);
    await eventually(async () =>
      expect(await view(id)).toMatchObject({
        status: 'COMPLETED',
        mailedOn: '2026-11-20',
        waybillNumber: '1187654321098',
        deadlines: [{ rule: 'R27', status: 'MET', closedOn: '2026-11-20' }],
      }),
    );
    expect((await stages(id)).at(-1)).toEqual({
      countyCode: h.hukouCounty,
      caseKind: 'NEW',
      stage: 'MAILING',
      transition: 'COMPLETED',
      occurredOn: '2026-11-20',
    });
  });

  it('R27: a card mailed after the seventh working day closes the deadline MISSED', async () => {
    const { envelope } = await h.receivedCase();
    await post(envelope.caseId, 'approve').expect(200);
    await h.hukou.produce(h.hukouNodeTopic(Topics.certificateMailed), [
      { key: envelope.caseId, value: JSON.stringify(mailed(envelope.caseId, '2026-11-26')) },
    ]);
    await eventually(async () =>
      expect((await view(envelope.caseId)).deadlines).toEqual([
        expect.objectContaining({ rule: 'R27', status: 'MISSED', closedOn: '2026-11-26' }),
      ]),
    );
  });

  it('R11: returns a case outside its jurisdiction with the reason; re-routed back here, it starts a new round', async () => {
    const { envelope } = await h.receivedCase();
    const id = envelope.caseId;
    const reason = '经公安户籍系统核查，申请人户籍不在本县';

    h.clock.setChinaDate('2026-11-17');
    const returned = await post(id, 'return', {
      reason,
      suggestedHukouCountyCode: '110105',
    }).expect(200);
    expect(returned.body).toMatchObject({
      status: 'RETURNED_FOR_JURISDICTION',
      decision: {
        outcome: 'RETURNED',
        decidedOn: '2026-11-17',
        reasons: [reason],
        suggestedHukouCountyCode: '110105',
      },
      deadlines: [{ rule: 'R27', status: 'MET', closedOn: '2026-11-17' }],
    });
    const sentBack = await signedToResidence(Topics.caseReturned, id);
    expect(sentBack.payload).toEqual({
      applicationId: id,
      reason,
      suggestedHukouCountyCode: '110105',
      returnedOn: '2026-11-17',
    });
    expect((await stages(id)).map((s) => s.transition)).toEqual(['ENTERED', 'RETURNED']);

    // The residence county re-determined the county, and it is this one after all.
    h.clock.setChinaDate('2026-11-18');
    const again = h.handover({ applicationId: id, documents: envelope.payload.documents });
    await h.send(again);
    const round2 = await h.settled(id, 2);
    // R27 counts again from the new receipt: Wed 11-18 → Fri 11-27.
    expect(round2).toMatchObject({
      status: 'APPROVAL',
      receivedOn: '2026-11-18',
      decision: null,
      deadlines: [{ rule: 'R27', status: 'OPEN', dueOn: '2026-11-27' }],
      previousRounds: [
        {
          round: 1,
          receivedOn: '2026-11-16',
          decision: { outcome: 'RETURNED', reasons: [reason] },
          r27: { dueOn: '2026-11-25', status: 'MET', closedOn: '2026-11-17' },
        },
      ],
    });
    // The same scans, already verified here, are not fetched again.
    expect(round2.documents.map((d) => [d.status, d.attempts])).toEqual(
      Array(4).fill(['VERIFIED', 0]),
    );
    await post(id, 'approve').expect(200);
  });

  it('R11: rejects with reasons, sent to the residence county; R27 closed', async () => {
    const { envelope } = await h.receivedCase();
    const reasons = ['评定表缺少评定机构印章（R3）', '监护人证明与申请人关系不符'];
    const rejected = await post(envelope.caseId, 'reject', { reasons }).expect(200);
    expect(rejected.body).toMatchObject({
      status: 'REFUSED',
      decision: { outcome: 'REJECTED', reasons },
      deadlines: [{ rule: 'R27', status: 'MET', closedOn: '2026-11-16' }],
    });
    const decided = await signedToResidence(Topics.caseDecided, envelope.caseId);
    expect(decided.payload).toEqual({
      applicationId: envelope.caseId,
      decision: 'REJECTED',
      reasons,
      decidedOn: '2026-11-16',
    });
    expect((await stages(envelope.caseId)).map((s) => s.transition)).toEqual(['ENTERED', 'CLOSED']);
  });

  it('refuses to approve a package without the photo, or without the guardian papers R5 requires (422)', async () => {
    const idOnly = await h.scans.upload('ID_DOCUMENT', PDF_SCAN, 'application/pdf');
    const { envelope: noPhoto } = await h.receivedCase({ documents: [idOnly] });
    const refused = await post(noPhoto.caseId, 'approve').expect(422);
    expect(refused.body.message).toEqual([
      "documents: no PHOTO in the package; the card is printed with the applicant's photo (R5, R12)",
    ]);

    const { envelope: intellectual } = await h.receivedCase({
      payload: {
        conclusion: {
          classification: {
            category: 'INTELLECTUAL',
            level: 3,
            impairments: [{ category: 'INTELLECTUAL', level: 3 }],
          },
          institutionName: '南京脑科医院',
          doctorName: '李医生',
          assessedOn: '2026-10-20',
        },
      },
    });
    const noGuardian = await post(intellectual.caseId, 'approve').expect(422);
    expect(noGuardian.body.message).toEqual([
      expect.stringMatching(/^applicant\.guardian: .*needs a guardian.*\(R5, R11\)$/),
      expect.stringMatching(/^documents: no GUARDIAN_ID in the package/),
      expect.stringMatching(/^documents: no GUARDIAN_PROOF in the package/),
    ]);
    for (const id of [noPhoto.caseId, intellectual.caseId]) {
      expect((await view(id)).status).toBe('APPROVAL');
    }
  });

  it('refuses bad input naming each field, wrong states with 409, unknown cases with 404 — changing nothing', async () => {
    const { envelope } = await h.receivedCase();
    const id = envelope.caseId;
    const before = (await outbox(id)).length;

    const noReason = await post(id, 'return', {}).expect(400);
    expect(noReason.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/^reason must be longer than or equal to 2/)]),
    );
    const badCounty = await post(id, 'return', {
      reason: '不属于本县',
      suggestedHukouCountyCode: '999999',
      staffNote: 'x',
    }).expect(400);
    expect(badCounty.body.message.join('\n')).toMatch(/suggestedHukouCountyCode/);
    expect(badCounty.body.message.join('\n')).toMatch(/property staffNote should not exist/);
    const ownCounty = await post(id, 'return', {
      reason: '不属于本县',
      suggestedHukouCountyCode: h.hukouCounty,
    }).expect(422);
    expect(ownCounty.body.message).toEqual([
      `suggestedHukouCountyCode: ${h.hukouCounty} is this county; a return says the case belongs elsewhere (R11)`,
    ]);

    const noReasons = await post(id, 'reject', { reasons: [] }).expect(400);
    expect(noReasons.body.message).toContain(
      'reasons: name at least one reason for the rejection (R11)',
    );
    const blankReason = await post(id, 'reject', { reasons: [''], extra: true }).expect(400);
    expect(blankReason.body.message.join('\n')).toMatch(/each value in reasons must be longer/);
    expect(blankReason.body.message.join('\n')).toMatch(/property extra should not exist/);

    const notUuid = await h.http().get('/approval-cases/not-a-uuid').expect(400);
    expect(notUuid.body.message).toEqual(['applicationId: must be a UUID']);
    const unknown = randomUUID();
    const missing = await post(unknown, 'approve').expect(404);
    expect(missing.body.message).toEqual([
      `applicationId: no approval case for application ${unknown}`,
    ]);
    await h.http().get(`/approval-cases/${unknown}`).expect(404);

    expect(
      await h.db.getRepository(ApprovalCase).findOneByOrFail({ applicationId: id }),
    ).toMatchObject({
      status: 'APPROVAL',
      decision: null,
    });
    expect(await outbox(id)).toHaveLength(before);

    await post(id, 'approve').expect(200);
    for (const [action, body] of [
      ['approve', undefined],
      ['return', { reason: '不属于本县' }],
      ['reject', { reasons: ['材料不全'] }],
    ] as const) {
      const conflict = await post(id, action, body).expect(409);
      expect(conflict.body.message).toEqual([
        expect.stringMatching(/^case NEW: \w+ is not allowed from PRINTING \(R(3|11)\)$/),
      ]);
    }
  });

  it('does not let a second hand-over of a case still under review replace it', async () => {
    const { envelope } = await h.receivedCase();
    const second = h.handover({
      applicationId: envelope.caseId,
      documents: envelope.payload.documents,
    });
    await h.send(second);
    expect(await h.deadLetterReason(second.id)).toMatch(
      /payload\.applicationId: case \d+ is already APPROVAL here \(round 1\); it can come again only after this county returned it \(R11\)/,
    );
    expect(await view(envelope.caseId)).toMatchObject({ status: 'APPROVAL', round: 1 });
  });

  it('R27: warns monitoring one working day before the due day and reports the breach after it, de-identified', async () => {
    const { envelope } = await h.receivedCase();
    const id = envelope.caseId;
    const alerts = async () =>
      (await outbox(id))
        .filter((row) => row.envelope.type === 'monitor.deadline.alerted')
        .map((row) => row.envelope.payload);

    h.clock.setChinaDate('2026-11-24'); // the working day before Wed 11-25
    await eventually(async () =>
      expect(await alerts()).toEqual([
        {
          countyCode: h.hukouCounty,
          rule: 'R27',
          level: 'WARNING',
          dueOn: '2026-11-25',
          provisional: false,
        },
      ]),
    );
    h.clock.setChinaDate('2026-11-26');
    await eventually(async () =>
      expect((await alerts()).map((a) => a.level)).toEqual(['WARNING', 'BREACH']),
    );
    expect((await view(id)).deadlines).toEqual([
      expect.objectContaining({ rule: 'R27', status: 'OPEN', warned: true, breached: true }),
    ]);
  });

  describe('staff access (issue 4 item 10, R32)', () => {
    const stateOf = async (applicationId: string) =>
      h.db.getRepository(ApprovalCase).findOneByOrFail({ applicationId });

    it('answers 401 without a token and decides nothing', async () => {
      const { envelope } = await h.receivedCase();
      const id = envelope.caseId;
      const before = (await outbox(id)).length;
      await h.anonymous().get(`/approval-cases/${id}`).expect(401);
      const refused = await h.anonymous().post(`/approval-cases/${id}/approve`).expect(401);
      expect(refused.body.message).toMatch(/missing Authorization header/);
      expect(await stateOf(id)).toMatchObject({ status: 'APPROVAL', decision: null });
      expect(await outbox(id)).toHaveLength(before);
    });

    it('answers 403 to roles other than the approver’s, auditors included, and decides nothing', async () => {
      const { envelope } = await h.receivedCase();
      const id = envelope.caseId;
      const before = (await outbox(id)).length;
      const clerk = await h.http('CLERK').post(`/approval-cases/${id}/approve`).expect(403);
      expect(clerk.body.message).toMatch(/role CLERK may not use this endpoint.*APPROVER/);
      await h
        .http('SUPERVISOR')
        .post(`/approval-cases/${id}/reject`)
        .send({ reasons: ['材料不全'] })
        .expect(403);
      await h
        .http('AUDITOR')
        .post(`/approval-cases/${id}/return`)
        .send({ reason: '不属于本县' })
        .expect(403);
      expect(await stateOf(id)).toMatchObject({ status: 'APPROVAL', decision: null });
      expect(await outbox(id)).toHaveLength(before);
      // Any staff member of the county may look.
      await h.http('AUDITOR').get(`/approval-cases/${id}`).expect(200);
    });

    it('R32: an approver of a served county not on the case gets 403 for reads and decisions; nothing changes', async () => {
      const { envelope } = await h.receivedCase();
      const id = envelope.caseId;
      const before = (await outbox(id)).length;
      const outsider = h.http('APPROVER', h.otherCounty);
      const looked = await outsider.get(`/approval-cases/${id}`).expect(403);
      expect(looked.body.message).toMatch(/may not access this case.*\(R32\)/);
      expect(JSON.stringify(looked.body)).not.toContain(h.residenceCounty);
      await outsider.post(`/approval-cases/${id}/approve`).expect(403);
      await outsider
        .post(`/approval-cases/${id}/reject`)
        .send({ reasons: ['材料不全'] })
        .expect(403);
      await outsider
        .post(`/approval-cases/${id}/return`)
        .send({ reason: '不属于本县' })
        .expect(403);
      expect(await stateOf(id)).toMatchObject({ status: 'APPROVAL', decision: null });
      expect(await outbox(id)).toHaveLength(before);
      // An unknown case stays 404.
      await outsider.get(`/approval-cases/${randomUUID()}`).expect(404);
    });

    it('answers 403 to a token naming a county this node does not serve', async () => {
      const { envelope } = await h.receivedCase();
      // The residence county is on the case, but its staff are not served by the hukou node.
      await h
        .http('APPROVER', h.residenceCounty)
        .get(`/approval-cases/${envelope.caseId}`)
        .expect(403);
    });

    it('keeps /health open without a token', async () => {
      await h.anonymous().get('/health').expect(200);
    });
  });
});
