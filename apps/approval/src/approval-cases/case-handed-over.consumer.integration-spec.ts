import { ExchangeLogEntry, InboxMessage, SignatureHeaders } from '@tongban/messaging';
import { sha256Hex } from '@tongban/storage';
import { ADULT_ID_NUMBER, eventually, PDF_SCAN } from '@tongban/testing';
import { sign } from 'node:crypto';
import { In } from 'typeorm';
import { ApprovalHarness } from '../__tests__/approval-harness';
import { CaseDocument } from '../documents/case-document.entity';
import { ApprovalCase } from './approval-case.entity';

describe('approval: receiving hand-overs from the residence county (signed exchange, R11, R27, R30)', () => {
  let h: ApprovalHarness;

  beforeAll(async () => {
    h = await ApprovalHarness.start();
  });

  afterAll(() => h.dispose());

  const cases = (applicationId: string) =>
    h.db.getRepository(ApprovalCase).countBy({ applicationId });

  const deadLetterReason = (eventId: string) => h.deadLetterReason(eventId);

  const logged = (eventId: string, direction: ExchangeLogEntry['direction']) =>
    h.db.getRepository(ExchangeLogEntry).countBy({ eventId, direction });

  it('registers the case, copies every scan into its own bucket verified by sha256, and opens R27', async () => {
    const { envelope, view } = await h.receivedCase();
    const id = envelope.caseId;

    // R27: received Mon 2026-11-16 → seven working days later, Wed 2026-11-25.
    expect(view).toMatchObject({
      status: 'APPROVAL',
      round: 1,
      residenceCountyCode: h.residenceCounty,
      hukouCountyCode: h.hukouCounty,
      receivedOn: '2026-11-16',
      handedOverOn: '2026-11-13',
      applicant: { name: '张三', idNumber: '**************002X', guardian: null },
      conclusion: { classification: { category: 'PHYSICAL', level: 2 } },
      publicity: { outcome: 'NO_OBJECTION', clearedOn: '2026-11-12' },
      decision: null,
      deadlines: [
        { rule: 'R27', dueOn: '2026-11-25', status: 'OPEN', provisional: false, closedOn: null },
      ],
    });
    expect(view.documents.map((d) => [d.kind, d.status])).toEqual([
      ['PHOTO', 'VERIFIED'],
      ['ID_DOCUMENT', 'VERIFIED'],
      ['HUKOU_BOOKLET', 'VERIFIED'],
      ['RESIDENCE_PERMIT', 'VERIFIED'],
    ]);
    // R32: the desk's view masks the ID and shows neither phone nor address.
    const shown = JSON.stringify(view);
    expect(shown).not.toContain(ADULT_ID_NUMBER);
    expect(shown).not.toMatch(/13800138000|中山北路/);

    const rows = await h.db.getRepository(CaseDocument).findBy({ applicationId: id });
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const sent = envelope.payload.documents.find((d) => d.kind === row.kind)!;
      const extension = row.kind === 'PHOTO' ? 'png' : 'pdf';
      expect(row.localKey).toBe(`cases/${id}/${row.kind}/${sent.sha256}.${extension}`);
      // The copy is this node's, byte for byte the residence county's scan.
      const copy = await h.hukouStore.getBuffer(row.localKey!);
      expect(sha256Hex(copy)).toBe(sent.sha256);
      expect(row).toMatchObject({ attempts: 1, sourceUrl: null, lastError: null });
    }
    expect(h.hukouStore.bucket).not.toBe(h.scans.store.bucket);

    const logged = await h.db.getRepository(ExchangeLogEntry).findBy({ eventId: envelope.id });
    expect(logged).toEqual([
      expect.objectContaining({ direction: 'RECEIVED', counterpartCounty: h.residenceCounty }),
    ]);
  });

  it('R2: shows the residence county’s name for a scan of one of its own materials', async () => {
    const proof = await h.scans.upload(
      'OTHER',
      Buffer.concat([PDF_SCAN, Buffer.from(`% community proof ${Date.now()}\n`)]),
      'application/pdf',
    );
    const { view } = await h.receivedCase({
      documents: [...(await h.adultScans()), { ...proof, title: '社区出具的居住证明' }],
    });
    expect(view.documents.map((d) => [d.kind, d.title, d.status])).toEqual([
      ['PHOTO', null, 'VERIFIED'],
      ['ID_DOCUMENT', null, 'VERIFIED'],
      ['HUKOU_BOOKLET', null, 'VERIFIED'],
      ['RESIDENCE_PERMIT', null, 'VERIFIED'],
      ['OTHER', '社区出具的居住证明', 'VERIFIED'],
    ]);
  });

  it('registers a hand-over delivered twice once, with one set of documents', async () => {
    const envelope = h.handover({ documents: await h.adultScans() });
    await h.send(envelope);
    await h.send(envelope);
    await eventually(async () => expect(await logged(envelope.id, 'RECEIVED')).toBe(2));
    await h.settled(envelope.caseId);
    // An unsigned message on the same key follows both copies through the same partition:
    // once it is refused, the consumer is done with both.
    const sentinel = h.handover({ documents: [], applicationId: envelope.caseId });
    await h.hukou.produce(h.handoverTopic, [
      { key: envelope.caseId, value: JSON.stringify(sentinel) },
    ]);
    await eventually(async () => expect(await logged(sentinel.id, 'REJECTED')).toBe(1));
    expect(await cases(envelope.caseId)).toBe(1);
    expect(await h.db.getRepository(InboxMessage).countBy({ eventId: envelope.id })).toBe(1);
    expect(await h.db.getRepository(CaseDocument).countBy({ applicationId: envelope.caseId })).toBe(
      4,
    );
  });

  it('never registers a hand-over changed after signing, or unsigned: logged REJECTED and dead-lettered', async () => {
    const documents = await h.adultScans();
    const tampered = h.handover({ documents });
    const signedBytes = Buffer.from(JSON.stringify(tampered));
    const signature = sign(null, signedBytes, {
      key: Buffer.from(h.residence.exchangeKeys.privateKey, 'base64'),
      format: 'der',
      type: 'pkcs8',
    }).toString('base64');
    // Same signature, other bytes: someone swapped the mailing address on the way.
    const changed = signedBytes.toString().replace('中山北路1号3栋502室', '解放路9号1栋101室');
    const producer = h.residence.kafka.producer();
    await producer.connect();
    await producer.send({
      topic: h.handoverTopic,
      acks: -1,
      messages: [
        {
          key: tampered.caseId,
          value: changed,
          headers: {
            [SignatureHeaders.signature]: signature,
            [SignatureHeaders.signer]: h.residenceCounty,
          },
        },
      ],
    });
    await producer.disconnect();
    const unsigned = h.handover({ documents });
    await h.hukou.produce(h.handoverTopic, [
      { key: unsigned.caseId, value: JSON.stringify(unsigned) },
    ]);
    // A genuine hand-over behind them proves the consumer moved past both.
    const genuine = h.handover({ documents });
    await h.send(genuine);
    await h.settled(genuine.caseId);

    const rejected = await eventually(async () => {
      const entries = await h.db.getRepository(ExchangeLogEntry).findBy({
        direction: 'REJECTED',
        caseId: In([tampered.caseId, unsigned.caseId, genuine.caseId]),
      });
      expect(entries.map((e) => e.eventId).sort()).toEqual([tampered.id, unsigned.id].sort());
      return entries;
    });
    const reasonOf = (eventId: string) => rejected.find((e) => e.eventId === eventId)!.reason;
    expect(reasonOf(tampered.id)).toBe(
      `signature of county ${h.residenceCounty} does not match the message`,
    );
    expect(reasonOf(unsigned.id)).toMatch(/^unsigned/);
    expect(await cases(tampered.caseId)).toBe(0);
    expect(await cases(unsigned.caseId)).toBe(0);
    expect(await deadLetterReason(tampered.id)).toMatch(/^exchange refused: signature of county/);
    expect(await deadLetterReason(unsigned.id)).toMatch(/^exchange refused: unsigned/);
  });

  it('refuses a signed hand-over of a case the signing county did not accept, naming the field (R3)', async () => {
    const foreign = h.handover({
      documents: await h.adultScans(),
      payload: { residenceCountyCode: '110105' },
    });
    await h.send(foreign);
    expect(await deadLetterReason(foreign.id)).toMatch(
      new RegExp(
        `processing failed after 4 attempts: sourceCounty: county ${h.residenceCounty} sent a case of residence county 110105`,
      ),
    );
    expect(await cases(foreign.caseId)).toBe(0);
  });

  it('dead-letters an invalid hand-over naming each bad field, registering nothing', async () => {
    const invalid = h.handover({
      documents: [],
      payload: { handedOverOn: '13/11/2026' },
    });
    await h.send(invalid);
    const reason = await deadLetterReason(invalid.id);
    expect(reason).toMatch(/^validation failed: /);
    expect(reason).toMatch(/payload\.documents must contain at least 1 elements/);
    expect(reason).toMatch(
      /payload\.handedOverOn: expected YYYY-MM-DD, got "13\/11\/2026" \(ISO 8601\)/,
    );
    expect(await cases(invalid.caseId)).toBe(0);
  });
});
