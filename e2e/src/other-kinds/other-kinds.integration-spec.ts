import { deadLetterTopicName } from '@tongban/contracts';
import { anAdultIdNumber, eventually, PDF_SCAN } from '@tongban/testing';
import { ADULT_SCANS, TwoCountyFederation } from '../new-certificate/two-county-federation';

type Progress = { status: string; steps: { step: string }[] };
type CardFacts = { status: string; outcome: string | null; facts: { status: string } | null };

const OLD_CARD: [string, Buffer] = ['OLD_CERTIFICATE', PDF_SCAN];
const CANCELLATION_PROOF: [string, Buffer] = ['CANCELLATION_PROOF', PDF_SCAN];

/**
 * Kinds other than a new certificate across two county nodes (R13–R24): the residence county
 * asks the hukou county about the card, accepts, hands the case over as v2 at acceptance (no
 * assessment in these plans) and the hukou county replaces or cancels the card in its register.
 */
describe('renewals, replacements and cancellations across two county nodes', () => {
  let f: TwoCountyFederation;

  beforeAll(async () => {
    f = await TwoCountyFederation.start();
  }, 120_000);

  afterAll(() => f.dispose());

  beforeEach(() => f.clock.setChinaDate('2026-11-30'));

  const progress = (id: string, check: (p: Progress) => void) =>
    f.until<Progress>('intake', 'CLERK', `/applications/${id}/progress`, check, 40_000);
  const cardFacts = (id: string, check: (c: CardFacts) => void) =>
    f.until<CardFacts>('intake', 'CLERK', `/applications/${id}/card-facts`, check, 30_000);
  const verify = async (number: string) =>
    (await f.public('printing').get(`/verify/${number}`).expect(200)).body as { status: string };

  /** A new certificate walked to the post, so the hukou county's register holds the card. */
  async function aCardInThePost(
    idNumber: string,
    waybill: string,
    multiple?: { claimedCategories: string[]; impairments: { category: string; level: number }[] },
  ): Promise<string> {
    const id = await f.fileAndAccept(
      f.applicationForm({
        applicant: { idNumber },
        ...(multiple ? { claimedCategories: multiple.claimedCategories } : {}),
      }),
    );
    await f.assess(id, multiple ? { impairments: multiple.impairments } : {});
    await f.publicise(id);
    await f.approve(id);
    const card = multiple
      ? `${idNumber}7${Math.min(...multiple.impairments.map((i) => i.level))}`
      : `${idNumber}42`;
    await f.printAndMail(card, waybill);
    await progress(id, (p) => expect(p.status).toBe('COMPLETED'));
    return card;
  }

  /** Files a case about `card` with the given scans; returns its id once the hukou county answered. */
  async function fileAbout(
    caseKind: string,
    idNumber: string,
    card: string,
    scans: [string, Buffer][],
    form: Record<string, unknown> = {},
  ): Promise<string> {
    const filed = await f
      .as('intake', 'CLERK')
      .post('/applications')
      .send(
        f.applicationForm({
          caseKind,
          currentCertificateNumber: card,
          applicant: { idNumber },
          ...form,
        }),
      )
      .expect(201);
    const id = filed.body.applicationId as string;
    for (const [kind, bytes] of scans) {
      await f
        .as('intake', 'CLERK')
        .post(`/applications/${id}/documents`)
        .field('kind', kind)
        .attach('file', bytes, 'scan')
        .expect(201);
    }
    return id;
  }

  it('(f) R22: a lost card is replaced by B1; the lost one reads reported lost', async () => {
    const idNumber = anAdultIdNumber();
    const card = await aCardInThePost(idNumber, 'EMS4234567890');
    f.clock.setChinaDate('2026-12-09');
    const id = await fileAbout('LOSS_REPLACEMENT', idNumber, card, ADULT_SCANS);
    const answered = await cardFacts(id, (c) => expect(c.status).toBe('ANSWERED'));
    expect(answered).toMatchObject({ outcome: 'FOUND', facts: { status: 'ACTIVE' } });
    // R32: the answer carries what the rules need, not the holder.
    expect(JSON.stringify(answered)).not.toMatch(/张三|中山/);
    await f.as('intake', 'CLERK').post(`/applications/${id}/accept`).send({}).expect(200);
    // No assessment in the plan: acceptance itself hands the case over (R22).
    await f.approve(id);
    // R22: from the moment the hukou county applies the approval, the lost card reads so.
    await eventually(async () =>
      expect(await verify(card)).toMatchObject({ status: 'REPORTED_LOST' }),
    );
    await f.printAndMail(`${card}B1`, 'EMS5234567890');
    const done = await progress(id, (p) => expect(p.status).toBe('COMPLETED'));
    expect(done.steps.map((s) => s.step)).toEqual([
      'FILED',
      'ACCEPTED',
      'HANDED_OVER',
      'APPROVED',
      'DISPATCHED',
    ]);
    expect(await f.residence.messageCount(deadLetterTopicName(f.residence.nodeId))).toBe(0);
    expect(await f.hukou.messageCount(deadLetterTopicName(f.hukou.nodeId))).toBe(0);
  });

  it('(g) R23: a full cancellation waits for the card facts, then cancels the card printing nothing', async () => {
    const idNumber = anAdultIdNumber();
    const card = await aCardInThePost(idNumber, 'EMS6234567890');
    f.clock.setChinaDate('2026-12-09');
    // The hukou county's printing is down: the question waits in its topic.
    await f.stopService('printing');
    const scans = ADULT_SCANS.filter(([kind]) => kind !== 'PHOTO');
    const id = await fileAbout('CANCELLATION_FULL', idNumber, card, [
      ...scans,
      OLD_CARD,
      CANCELLATION_PROOF,
    ]);
    const waiting = await f.as('intake', 'CLERK').get(`/applications/${id}/card-facts`).expect(200);
    expect(waiting.body).toMatchObject({ status: 'AWAITING_ANSWER', outcome: null });
    expect(waiting.body.message).toMatch(/户籍地尚未答复/);
    const early = await f
      .as('intake', 'CLERK')
      .post(`/applications/${id}/accept`)
      .send({})
      .expect(409);
    expect(early.body.message).toEqual([
      expect.stringMatching(/^currentCertificateNumber: .*\(R13–R24\)/),
    ]);
    await progress(id, (p) => expect(p.status).toBe('SUBMITTED'));

    await f.startService('printing');
    await cardFacts(id, (c) => expect(c.outcome).toBe('FOUND'));
    await f.as('intake', 'CLERK').post(`/applications/${id}/accept`).send({}).expect(200);
    await f.approve(id);
    // R23: nothing is printed; the case is complete on both sides and the card reads cancelled.
    await f.until('approval', 'APPROVER', `/approval-cases/${id}`, (c: { status: string }) =>
      expect(c.status).toBe('COMPLETED'),
    );
    await progress(id, (p) => expect(p.status).toBe('COMPLETED'));
    await eventually(async () => expect(await verify(card)).toMatchObject({ status: 'CANCELLED' }));

    // R22, R23: a cancelled card is not replaced: refused at acceptance, nothing changed.
    const replacement = await fileAbout('LOSS_REPLACEMENT', idNumber, card, ADULT_SCANS);
    await cardFacts(replacement, (c) =>
      expect(c).toMatchObject({ outcome: 'FOUND', facts: { status: 'CANCELLED' } }),
    );
    const refused = await f
      .as('intake', 'CLERK')
      .post(`/applications/${replacement}/accept`)
      .send({})
      .expect(422);
    expect(refused.body.violations).toEqual([
      expect.objectContaining({
        rule: 'R13',
        field: 'existingCertificate',
        code: 'CERTIFICATE_REQUIRED',
      }),
    ]);
    await progress(replacement, (p) => expect(p.status).toBe('SUBMITTED'));
  });

  it('(h) R16: a damaged card is renewed under the same number, keeping its validity; R13: an expiry renewal before nine years is refused', async () => {
    const idNumber = anAdultIdNumber();
    const card = await aCardInThePost(idNumber, 'EMS7234567890');
    f.clock.setChinaDate('2026-12-09');
    const early = await fileAbout('RENEWAL_EXPIRY', idNumber, card, [...ADULT_SCANS, OLD_CARD]);
    await cardFacts(early, (c) => expect(c.outcome).toBe('FOUND'));
    const refused = await f
      .as('intake', 'CLERK')
      .post(`/applications/${early}/accept`)
      .send({})
      .expect(422);
    expect(refused.body.violations).toEqual([expect.objectContaining({ rule: 'R13' })]);
    await progress(early, (p) => expect(p.status).toBe('SUBMITTED'));
    await f
      .as('intake', 'CLERK')
      .post(`/applications/${early}/refuse`)
      .send({ reasons: ['未满九年'] })
      .expect(200);

    const id = await fileAbout('RENEWAL_DAMAGED', idNumber, card, [...ADULT_SCANS, OLD_CARD]);
    await cardFacts(id, (c) => expect(c.outcome).toBe('FOUND'));
    await f.as('intake', 'CLERK').post(`/applications/${id}/accept`).send({}).expect(200);
    await f.approve(id);
    // The number now means the new card: printed, mailed and in force, with the old validity start.
    await f.printAndMail(card, 'EMS8234567890');
    await progress(id, (p) => expect(p.status).toBe('COMPLETED'));
    const renewed = await f.as('printing', 'PRINTER').get(`/certificates/${card}`).expect(200);
    expect(renewed.body).toMatchObject({ status: 'ACTIVE', validFrom: '2026-12-08' });
    expect(renewed.body.issuedOn).toBe('2026-12-09');
  });

  it('(i) R24: a category/level change is assessed, publicised and printed under the new number; R17: a data update may not change the category', async () => {
    const idNumber = anAdultIdNumber();
    const card = await aCardInThePost(idNumber, 'EMS9234567890');
    f.clock.setChinaDate('2026-12-09');
    const update = await fileAbout('RENEWAL_DATA_UPDATE', idNumber, card, [
      ...ADULT_SCANS,
      OLD_CARD,
    ]);
    await cardFacts(update, (c) => expect(c.outcome).toBe('FOUND'));
    await f
      .as('intake', 'CLERK')
      .post(`/applications/${update}/refuse`)
      .send({ reasons: ['改为类别变更'] })
      .expect(200);
    const changed = await f
      .as('intake', 'CLERK')
      .post('/applications')
      .send(
        f.applicationForm({
          caseKind: 'RENEWAL_DATA_UPDATE',
          currentCertificateNumber: card,
          claimedCategories: ['VISION'],
          applicant: { idNumber },
        }),
      )
      .expect(201);
    for (const [kind, bytes] of [...ADULT_SCANS, OLD_CARD])
      await f
        .as('intake', 'CLERK')
        .post(`/applications/${changed.body.applicationId}/documents`)
        .field('kind', kind)
        .attach('file', bytes, 'scan')
        .expect(201);
    await cardFacts(changed.body.applicationId, (c) => expect(c.outcome).toBe('FOUND'));
    const refused = await f
      .as('intake', 'CLERK')
      .post(`/applications/${changed.body.applicationId}/accept`)
      .send({})
      .expect(422);
    expect(refused.body.violations).toEqual([
      expect.objectContaining({ rule: 'R17', field: 'claimedCategories' }),
    ]);
    await f
      .as('intake', 'CLERK')
      .post(`/applications/${changed.body.applicationId}/refuse`)
      .send({ reasons: ['数据更新不得变更类别'] })
      .expect(200);

    const id = await fileAbout('CATEGORY_LEVEL_CHANGE', idNumber, card, [...ADULT_SCANS, OLD_CARD]);
    await cardFacts(id, (c) => expect(c.outcome).toBe('FOUND'));
    await f.as('intake', 'CLERK').post(`/applications/${id}/accept`).send({}).expect(200);
    await f.assess(id, { impairments: [{ category: 'PHYSICAL', level: 1 }] });
    await f.publicise(id);
    await f.approve(id);
    await f.printAndMail(`${idNumber}41`, 'EMS1034567890');
    await progress(id, (p) => expect(p.status).toBe('COMPLETED'));
    await eventually(async () => expect(await verify(card)).toMatchObject({ status: 'CANCELLED' }));
  });

  it('(j) R23: a partial cancellation prints what remains under its own number; striking off a category the card lacks is refused', async () => {
    const idNumber = anAdultIdNumber();
    const both = {
      claimedCategories: ['MULTIPLE', 'VISION', 'PHYSICAL'],
      impairments: [
        { category: 'VISION', level: 2 },
        { category: 'PHYSICAL', level: 3 },
      ],
    };
    const card = await aCardInThePost(idNumber, 'EMS1134567890', both);
    expect(card).toBe(`${idNumber}72`);
    f.clock.setChinaDate('2026-12-09');
    const scans = [...ADULT_SCANS, OLD_CARD, CANCELLATION_PROOF];
    const partial = { claimedCategories: both.claimedCategories };

    const wrong = await fileAbout('CANCELLATION_PARTIAL', idNumber, card, scans, {
      ...partial,
      cancelledCategories: ['HEARING'],
    });
    // R23: the hukou county tells which categories the card is made of, for this question only.
    const answered = await cardFacts(wrong, (c) => expect(c.outcome).toBe('FOUND'));
    expect(answered.facts).toMatchObject({
      category: 'MULTIPLE',
      impairments: both.impairments,
    });
    const refused = await f
      .as('intake', 'CLERK')
      .post(`/applications/${wrong}/accept`)
      .send({})
      .expect(422);
    expect(refused.body.violations).toEqual([
      expect.objectContaining({
        rule: 'R23',
        field: 'cancelledCategories',
        code: 'CATEGORY_NOT_ON_CERTIFICATE',
      }),
    ]);
    await progress(wrong, (p) => expect(p.status).toBe('SUBMITTED'));
    await f
      .as('intake', 'CLERK')
      .post(`/applications/${wrong}/refuse`)
      .send({ reasons: ['证上无听力残疾'] })
      .expect(200);

    const id = await fileAbout('CANCELLATION_PARTIAL', idNumber, card, scans, {
      ...partial,
      cancelledCategories: ['VISION'],
    });
    await cardFacts(id, (c) => expect(c.outcome).toBe('FOUND'));
    await f.as('intake', 'CLERK').post(`/applications/${id}/accept`).send({}).expect(200);
    const atHukou = await f.until(
      'approval',
      'APPROVER',
      `/approval-cases/${id}`,
      (c: { cancelledCategories: string[] | null }) =>
        expect(c.cancelledCategories).toEqual(['VISION']),
    );
    expect(atHukou).toMatchObject({
      caseKind: 'CANCELLATION_PARTIAL',
      certificateOutcome: 'REPLACE',
    });
    await f.approve(id);
    // What remains is physical level 3: a card of its own number; the multiple one is no more.
    await f.printAndMail(`${idNumber}43`, 'EMS1234567891');
    await progress(id, (p) => expect(p.status).toBe('COMPLETED'));
    const remaining = await f
      .as('printing', 'PRINTER')
      .get(`/certificates/${idNumber}43`)
      .expect(200);
    expect(remaining.body).toMatchObject({ status: 'ACTIVE', category: 'PHYSICAL', level: 3 });
    await eventually(async () => expect(await verify(card)).toMatchObject({ status: 'CANCELLED' }));
    expect(await f.hukou.messageCount(deadLetterTopicName(f.hukou.nodeId))).toBe(0);
  });

  it('refuses a case about a card that is not the applicant’s, naming the field and the rule', async () => {
    const refused = await f
      .as('intake', 'CLERK')
      .post('/applications')
      .send(
        f.applicationForm({
          caseKind: 'RENEWAL_DAMAGED',
          currentCertificateNumber: `${anAdultIdNumber()}42`,
          applicant: { idNumber: anAdultIdNumber() },
        }),
      )
      .expect(422);
    expect(refused.body.message).toEqual([
      expect.stringMatching(/^currentCertificateNumber: .*applicant's ID number.*\(R13–R24\)$/),
    ]);
  });
});
