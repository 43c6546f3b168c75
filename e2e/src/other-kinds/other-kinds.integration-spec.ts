import { deadLetterTopicName } from '@tongban/contracts';
import { addDays, parseLocalDate } from '@tongban/domain';
import { CARD_NUMBER_LOOKUP, lookupHash } from '@tongban/persistence';
import { Certificate, importRegister, ImportProgress } from '@tongban/printing';
import { anAdultIdNumber, eventually, PDF_SCAN } from '@tongban/testing';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
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
  /** The public answer for the first card printed with this number, asked by its QR token. */
  const verify = async (number: string) => {
    const printed = await f.services
      .get('printing')!
      .app.get(DataSource)
      .getRepository(Certificate)
      .findOneOrFail({
        // The number is stored encrypted: its register card is found by the number's keyed hash.
        where: { card: { cardNumberHash: lookupHash(CARD_NUMBER_LOOKUP, number) } },
        order: { issuedAt: 'ASC' },
      });
    const answer = f.public('printing').get(`/verify/${printed.verificationToken}`);
    return (await answer.expect(200)).body as { status: string };
  };
  /** The hukou county's register entry for a number, as its staff see it. */
  const registered = async (number: string) =>
    (await f.as('printing', 'PRINTER').get(`/card-register/${number}`).expect(200)).body as {
      status: string;
    };

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
    // The applicant hears of this matter: no institution to wait for, nothing in the post.
    const notices = await f.until(
      'notification',
      'CLERK',
      `/notices?applicationId=${id}`,
      (sent: { type: string; text: string | null }[]) =>
        expect(sent.map((n) => n.type)).toEqual(['APPLICATION_ACCEPTED', 'CASE_DECIDED']),
    );
    expect(notices[0]!.text).toMatch(/（注销残疾人证）申请已受理.*转至户籍地残联审核/);
    expect(notices[1]!.text).toMatch(/审核通过，您的残疾人证已注销/);
    expect(notices.map((n) => n.text).join()).not.toMatch(/评定机构|快递/);

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
    await f.printAndMail(card, 'EMS8234567890', f.hukouCounty, id);
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

  it('(l) R17: a data update prints the new name and address under the same number, keeping the category and validity', async () => {
    const idNumber = anAdultIdNumber();
    const card = await aCardInThePost(idNumber, 'EMS1534567890');
    const before = await f.as('printing', 'PRINTER').get(`/certificates/${card}`).expect(200);
    f.clock.setChinaDate('2026-12-09');
    const moved = {
      recipientName: '张小三',
      phone: '13900139000',
      countyCode: f.residenceCounty,
      addressLine: '北京西路8号',
    };
    const id = await fileAbout('RENEWAL_DATA_UPDATE', idNumber, card, [...ADULT_SCANS, OLD_CARD], {
      applicant: { idNumber, name: '张小三', mailingAddress: moved },
    });
    await cardFacts(id, (c) => expect(c.outcome).toBe('FOUND'));
    await f.as('intake', 'CLERK').post(`/applications/${id}/accept`).send({}).expect(200);
    await f.approve(id);
    await f.printAndMail(card, 'EMS1634567890', f.hukouCounty, id);
    await progress(id, (p) => expect(p.status).toBe('COMPLETED'));
    const updated = await f.as('printing', 'PRINTER').get(`/certificates/${card}`).expect(200);
    expect(updated.body).toMatchObject({
      applicationId: id,
      status: 'ACTIVE',
      category: 'PHYSICAL',
      level: 2,
      validFrom: before.body.validFrom,
      validThrough: before.body.validThrough,
    });
    // The printed data is the update's (the view masks it, so read the county's own record).
    const printed = await f.services
      .get('printing')!
      .app.get(DataSource)
      .getRepository(Certificate)
      .findOneByOrFail({ applicationId: id });
    expect(printed).toMatchObject({
      holderName: '张小三',
      mailingAddress: { addressLine: '北京西路8号' },
    });
  });

  /**
   * Loads cards issued before this system into the hukou county's register, as the county's
   * operator does with `npm run register:import`: the layout of the documented export.
   */
  async function importedCards(
    rows: { idNumber: string; issuedOn: string; validThrough: string; method: string }[],
  ): Promise<string[]> {
    const file = join(mkdtempSync(join(tmpdir(), 'e2e-register-')), 'export.csv');
    const header =
      'card_number,holder_id_number,category,level,issued_on,valid_from,valid_through,assessment_method,issuing_county_code';
    const lines = rows.map(
      (r) =>
        `${r.idNumber}42,${r.idNumber},PHYSICAL,2,${r.issuedOn},${r.issuedOn},${r.validThrough},${r.method},${f.hukouCounty}`,
    );
    writeFileSync(file, `${[header, ...lines].join('\n')}\n`);
    const summary = await importRegister(f.services.get('printing')!.app.get(DataSource), {
      file,
      servedCounties: [f.hukouCounty],
      asOf: '2026-12-09' as never,
      progress: new ImportProgress(() => undefined),
    });
    expect(summary).toMatchObject({ imported: rows.length, rejected: 0 });
    return rows.map((r) => `${r.idNumber}42`);
  }

  /** R13, R15: a renewed card is valid from its issue date to the day before the tenth anniversary. */
  function expectTenYearsFromIssue(card: {
    issuedOn: string;
    validFrom: string;
    validThrough: string;
  }) {
    expect(card.validFrom).toBe(card.issuedOn);
    const tenth = `${Number(card.issuedOn.slice(0, 4)) + 10}${card.issuedOn.slice(4)}`;
    expect(card.validThrough).toBe(addDays(parseLocalDate(tenth), -1));
    // Not the imported card's dates: those began in 2016 and 2017.
    expect(card.issuedOn >= '2026-12-09').toBe(true);
  }

  it('(k) R13–R15: expiry renewals of imported cards: a pre-2018 visual assessment is re-assessed and publicised (R14), a standard one is not; both get ten years from the issue date', async () => {
    const visualHolder = anAdultIdNumber();
    const standardHolder = anAdultIdNumber();
    const demandedHolder = anAdultIdNumber();
    const [visual, standard, demanded] = await importedCards([
      {
        idNumber: visualHolder,
        issuedOn: '2017-03-01',
        validThrough: '2027-02-28',
        method: 'VISUAL',
      },
      {
        idNumber: standardHolder,
        issuedOn: '2016-05-10',
        validThrough: '2026-05-09',
        method: 'STANDARD',
      },
      {
        idNumber: demandedHolder,
        issuedOn: '2016-05-10',
        validThrough: '2026-05-09',
        method: 'STANDARD',
      },
    ]);
    f.clock.setChinaDate('2026-12-09');
    const scans = [...ADULT_SCANS, OLD_CARD];

    // R14: 目测评定 before 2018: the plan has assessment and publicity, fixed at acceptance.
    const reassessed = await fileAbout('RENEWAL_EXPIRY', visualHolder, visual!, scans);
    const facts = await cardFacts(reassessed, (c) => expect(c.outcome).toBe('FOUND'));
    expect(facts.facts).toMatchObject({ status: 'ACTIVE', visualAssessmentBefore2018: true });
    await f.as('intake', 'CLERK').post(`/applications/${reassessed}/accept`).send({}).expect(200);
    await f.assess(reassessed, { impairments: [{ category: 'PHYSICAL', level: 3 }] });
    await f.publicise(reassessed);
    await f.approve(reassessed);
    // The re-assessed level is printed under its number; validity from the issue date (R15).
    await f.printAndMail(`${visualHolder}43`, 'EMS1334567890');
    const renewed = await progress(reassessed, (p) => expect(p.status).toBe('COMPLETED'));
    expect(renewed.steps.map((s) => s.step)).toEqual(
      expect.arrayContaining([
        'CONCLUSION_RECORDED',
        'PUBLICITY_CLEARED',
        'HANDED_OVER',
        'DISPATCHED',
      ]),
    );
    const visualCard = await f
      .as('printing', 'PRINTER')
      .get(`/certificates/${visualHolder}43`)
      .expect(200);
    expect(visualCard.body).toMatchObject({ status: 'ACTIVE', level: 3 });
    expectTenYearsFromIssue(visualCard.body);
    await eventually(async () =>
      // Replaced by the card of the new assessment; imported, it has no QR code to verify.
      expect(await registered(visual!)).toMatchObject({ status: 'SUPERSEDED' }),
    );

    // A standard assessment renews without one: acceptance hands the case over (R13, R15).
    const plain = await fileAbout('RENEWAL_EXPIRY', standardHolder, standard!, scans);
    await cardFacts(plain, (c) =>
      expect(c.facts).toMatchObject({ visualAssessmentBefore2018: false }),
    );
    await f.as('intake', 'CLERK').post(`/applications/${plain}/accept`).send({}).expect(200);
    await f.approve(plain);
    await f.printAndMail(standard!, 'EMS1434567890', f.hukouCounty, plain);
    const done = await progress(plain, (p) => expect(p.status).toBe('COMPLETED'));
    expect(done.steps.map((s) => s.step)).toEqual([
      'FILED',
      'ACCEPTED',
      'HANDED_OVER',
      'APPROVED',
      'DISPATCHED',
    ]);
    const standardCard = await f
      .as('printing', 'PRINTER')
      .get(`/certificates/${standard}`)
      .expect(200);
    expect(standardCard.body).toMatchObject({ status: 'ACTIVE', level: 2 });
    expectTenYearsFromIssue(standardCard.body);

    // R14: the residence county may demand a re-assessment of any expiry renewal.
    const onDemand = await fileAbout('RENEWAL_EXPIRY', demandedHolder, demanded!, scans);
    await cardFacts(onDemand, (c) => expect(c.outcome).toBe('FOUND'));
    await f
      .as('intake', 'CLERK')
      .post(`/applications/${onDemand}/accept`)
      .send({ requireReassessment: true })
      .expect(200);
    await progress(onDemand, (p) => expect(p.status).toBe('ASSESSMENT'));
    await f.until('assessment', 'CLERK', `/assessment-cases/${onDemand}`, (c: { status: string }) =>
      expect(c.status).toBe('AWAITING_DESIGNATION'),
    );
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
