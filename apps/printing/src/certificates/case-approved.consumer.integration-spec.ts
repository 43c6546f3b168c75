import { deadLetterTopicName, topicName, Topics } from '@tongban/contracts';
import { DeadLetterHeaders, InboxMessage, OutboxMessage } from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import { DocumentStore } from '@tongban/storage';
import { eventually, TestClock, TestNode } from '@tongban/testing';
import { validityFrom, type LocalDate } from '@tongban/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PRINTING_DEFINITION } from '../printing.definition';
import {
  aResidentIdNumber,
  caseApprovedEnvelope,
  PhotoReference,
} from './__tests__/case-approved.envelope';
import { storeTestPhoto } from './__tests__/test-photo';
import { CardStatusChange } from '../card-register/card-status-change.entity';
import { RegisteredCard } from '../card-register/registered-card.entity';
import { Certificate } from './certificate.entity';
import { withNumber } from '../card-register/__tests__/with-number';

describe('printing: issuing certificates from approval.case.approved (real Kafka, PostgreSQL, S3)', () => {
  let hukou: TestNode;
  let printing: ServiceApp;
  let db: DataSource;
  let approvedTopic: string;
  let issuedTopic: string;
  let photo: PhotoReference;
  const residenceCounty = '320106';
  const clock = new TestClock();
  const TODAY = '2026-11-30' as LocalDate;

  beforeAll(async () => {
    hukou = await TestNode.create();
    // The service's day is the test's: a wall-clock date would differ across China midnight.
    hukou.clock = clock;
    clock.setChinaDate(TODAY);
    printing = await hukou.start(PRINTING_DEFINITION, {}, { clock });
    db = printing.app.get(DataSource);
    approvedTopic = topicName(Topics.caseApproved, { nodeId: hukou.nodeId });
    issuedTopic = topicName(Topics.certificateIssued, { nodeId: hukou.nodeId });
    photo = await storeTestPhoto(printing.app.get(DocumentStore));
  });

  afterAll(() => hukou.dispose());

  const approval = (options: { idNumber?: string; payload?: Record<string, unknown> } = {}) =>
    caseApprovedEnvelope({
      hukouCountyCode: hukou.countyCodes[0]!,
      residenceCountyCode: residenceCounty,
      photo,
      ...options,
    });

  /** The reason header of the dead letter holding this event, once it is there. */
  const deadLetterReason = (eventId: string) =>
    eventually(async () => {
      const topic = deadLetterTopicName(hukou.nodeId);
      const letters = await hukou.readTopic(topic, Math.max(1, await hukou.messageCount(topic)));
      const letter = letters.find((m) => m.value?.toString().includes(eventId));
      expect(letter).toBeDefined();
      return letter!.headers![DeadLetterHeaders.reason]!.toString();
    }, 30_000);

  const send = (...envelopes: { caseId: string }[]) =>
    hukou.produce(
      approvedTopic,
      envelopes.map((e) => ({ key: e.caseId, value: JSON.stringify(e) })),
    );

  it('issues one certificate for an approval delivered twice, with its issued event', async () => {
    const idNumber = aResidentIdNumber();
    const approved = approval({ idNumber });
    await send(approved, approved);
    // A later event on the same partition proves both copies have been consumed.
    const marker = approval();
    await send({ ...marker, caseId: approved.caseId });
    await eventually(async () =>
      expect(await db.getRepository(InboxMessage).countBy({ eventId: marker.id })).toBe(1),
    );

    const certificates = await db
      .getRepository(Certificate)
      .findBy({ applicationId: approved.payload.applicationId });
    expect(certificates).toHaveLength(1);
    const [certificate] = certificates;
    const today = TODAY;
    expect(certificate).toMatchObject({
      certificateNumber: `${idNumber}42`, // ID + 4 (physical) + 2 (level two)
      caseKind: 'NEW',
      holderName: '张三',
      holderIdNumber: idNumber,
      category: 'PHYSICAL',
      level: 2,
      issuingCountyCode: hukou.countyCodes[0],
      residenceCountyCode: residenceCounty,
      issuedOn: today,
      validFrom: today, // R15: from the issue date
      photoKey: photo.key,
      photoSha256: photo.sha256,
      correlationId: approved.correlationId,
      approvedEventId: approved.id,
    });
    // R13: ten years, through the day before the tenth anniversary.
    expect(certificate!.validThrough).toBe(validityFrom(today).validThrough);
    expect(certificate!.verificationToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(certificate!.mailingAddress).toEqual(approved.payload.applicant.mailingAddress);
    // Registered in the same transaction: the register is where the card's status lives.
    const registered = await db
      .getRepository(RegisteredCard)
      .findBy(withNumber(certificate!.certificateNumber));
    expect(registered).toEqual([
      expect.objectContaining({
        status: 'ACTIVE',
        source: 'PRINTED',
        holderIdNumber: idNumber,
        issuedOn: today,
        validThrough: certificate!.validThrough,
      }),
    ]);
    expect(
      await db
        .getRepository(CardStatusChange)
        .findBy({ card: withNumber(certificate!.certificateNumber) }),
    ).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: 'ACTIVE',
        actor: 'system',
        applicationId: approved.payload.applicationId,
      }),
    ]);

    const issued = await db.getRepository(OutboxMessage).findBy({ topic: issuedTopic });
    const ours = issued.filter(
      (m) =>
        (m.envelope as { payload: { applicationId: string } }).payload.applicationId ===
        approved.payload.applicationId,
    );
    expect(ours).toHaveLength(1);

    // The marker's card is issued too, on the same key: two messages, one of them ours.
    const messages = await hukou.readTopic(issuedTopic, 2);
    const message = messages.find((m) => m.value!.toString().includes(approved.id))!;
    const envelope = JSON.parse(message.value!.toString());
    expect(envelope).toMatchObject({
      type: 'printing.certificate.issued',
      caseId: approved.caseId,
      sourceCounty: hukou.countyCodes[0],
      correlationId: approved.correlationId,
      causationId: approved.id,
      payload: {
        applicationId: approved.payload.applicationId,
        certificateNumber: `${idNumber}42`,
        issuedOn: today,
        validFrom: today,
        validUntil: certificate!.validThrough,
      },
    });
    // R32: neither the name, the phone nor the address travels with "issued".
    expect(message.value!.toString()).not.toMatch(/张三|13800138000|中山北路/);
  });

  it('numbers a lowercase x check character as printed', async () => {
    // Only IDs whose check character really is X exercise the rule (one in eleven).
    let id = aResidentIdNumber();
    while (!id.endsWith('X')) id = aResidentIdNumber();
    const approved = approval({ idNumber: id.toLowerCase() });
    await send(approved);
    const certificate = await eventually(() =>
      db
        .getRepository(Certificate)
        .findOneByOrFail({ applicationId: approved.payload.applicationId }),
    );
    expect(certificate.certificateNumber).toBe(`${id.toUpperCase()}42`);
  });

  it.each([
    [
      'a replacement of a card the register does not hold (R11)',
      {
        caseKind: 'LOSS_REPLACEMENT',
        certificateOutcome: 'REPLACE',
        currentCertificateNumber: '11010519491231002X42',
      },
      /payload\.currentCertificateNumber: the register of county \d{6} holds no such card/,
    ],
    [
      'a cancellation of a card the register does not hold (R23)',
      {
        caseKind: 'CANCELLATION_FULL',
        certificateOutcome: 'CANCEL',
        currentCertificateNumber: '11010519491231002X42',
        photo: undefined,
      },
      /payload\.currentCertificateNumber: the register of county \d{6} holds no such card/,
    ],
    [
      'a hukou county this node does not serve (R11)',
      { hukouCountyCode: '110105' },
      /payload\.hukouCountyCode: county 110105 is not served by this node.*\(R11\)/,
    ],
  ])('dead-letters %s with the reason, issuing nothing', async (_label, payload, reason) => {
    const refused = approval({ payload });
    await send(refused);
    expect(await deadLetterReason(refused.id)).toMatch(reason);
    expect(
      await db.getRepository(Certificate).countBy({ applicationId: refused.payload.applicationId }),
    ).toBe(0);
    expect(await db.getRepository(InboxMessage).countBy({ eventId: refused.id })).toBe(0);
  });

  it('dead-letters an invalid payload, naming every bad field', async () => {
    const invalid = approval({
      payload: { classification: { category: 'LEG', level: 5, impairments: [] } },
    });
    await send(invalid);
    const reason = await deadLetterReason(invalid.id);
    expect(reason).toMatch(/^validation failed: /);
    expect(reason).toMatch(/payload\.classification\.category must be one of/);
    expect(reason).toMatch(/payload\.classification\.level must be one of/);
    expect(
      await db.getRepository(Certificate).countBy({ applicationId: invalid.payload.applicationId }),
    ).toBe(0);
  });

  describe('what approval does to the card in force (R15–R24)', () => {
    /** A card this node printed for a new certificate, once it is registered. */
    async function printedCard(
      idNumber = aResidentIdNumber(),
      payload: Record<string, unknown> = {},
    ): Promise<string> {
      const approved = approval({ idNumber, payload });
      await send(approved);
      const certificate = await eventually(() =>
        db
          .getRepository(Certificate)
          .findOneByOrFail({ applicationId: approved.payload.applicationId }),
      );
      return certificate.certificateNumber;
    }

    /** R23: a full cancellation of `card` as approval orders it: no classification, no photo. */
    const cancellationOf = (idNumber: string, card: string) =>
      approval({
        idNumber,
        payload: {
          caseKind: 'CANCELLATION_FULL',
          certificateOutcome: 'CANCEL',
          currentCertificateNumber: card,
          classification: undefined,
          photo: undefined,
        },
      });
    /** R22: a loss replacement of `card`; the lost card's classification stands. */
    const lossReplacementOf = (idNumber: string, card: string) =>
      approval({
        idNumber,
        payload: {
          caseKind: 'LOSS_REPLACEMENT',
          certificateOutcome: 'REPLACE',
          currentCertificateNumber: card,
          classification: undefined,
        },
      });
    const applied = async (envelope: { id: string }) =>
      eventually(async () =>
        expect(await db.getRepository(InboxMessage).countBy({ eventId: envelope.id })).toBe(1),
      );
    const statusOf = async (cardNumber: string) =>
      (await db.getRepository(RegisteredCard).findOneByOrFail(withNumber(cardNumber))).status;
    const statusEvents = async (cardNumber: string) =>
      (await db.getRepository(OutboxMessage).findBy({ topic: statusTopic() }))
        .map(
          (row) => (row.envelope as { payload: { cardNumber: string; toStatus: string } }).payload,
        )
        .filter((payload) => payload.cardNumber === cardNumber)
        .map((payload) => payload.toStatus);
    const statusTopic = () => topicName(Topics.cardStatusChanged, { nodeId: hukou.nodeId });

    it('R22: a loss replacement prints B1 and the lost card reads reported lost from approval on', async () => {
      const idNumber = aResidentIdNumber();
      const lost = await printedCard(idNumber);
      const replacement = lossReplacementOf(idNumber, lost);
      await send(replacement);
      await applied(replacement);
      expect(await statusOf(lost)).toBe('REPORTED_LOST');
      expect(await statusOf(`${lost}B1`)).toBe('ACTIVE');
      const token = (
        await db.getRepository(Certificate).findOneByOrFail({ card: withNumber(lost) })
      ).verificationToken;
      const verified = await request(printing.app.getHttpServer())
        .get(`/verify/${token}`)
        .expect(200);
      expect(verified.body.status).toBe('REPORTED_LOST');
      expect(await statusEvents(lost)).toEqual(['REPORTED_LOST']);
    });

    it('R24: a change prints the new classification’s number; the old card is superseded', async () => {
      const idNumber = aResidentIdNumber();
      const old = await printedCard(idNumber);
      const change = approval({
        idNumber,
        payload: {
          caseKind: 'CATEGORY_LEVEL_CHANGE',
          certificateOutcome: 'REPLACE',
          currentCertificateNumber: old,
          classification: {
            category: 'PHYSICAL',
            level: 1,
            impairments: [{ category: 'PHYSICAL', level: 1 }],
          },
        },
      });
      await send(change);
      await applied(change);
      expect(await statusOf(old)).toBe('SUPERSEDED');
      expect(await statusOf(`${idNumber}41`)).toBe('ACTIVE');
      expect(await statusEvents(old)).toEqual(['SUPERSEDED']);
    });

    it('R23: a partial cancellation prints what remains under its number; the old card is superseded', async () => {
      const idNumber = aResidentIdNumber();
      const multiple = await printedCard(idNumber, {
        classification: {
          category: 'MULTIPLE',
          level: 2,
          impairments: [
            { category: 'VISION', level: 2 },
            { category: 'PHYSICAL', level: 3 },
          ],
        },
      });
      expect(multiple).toBe(`${idNumber}72`);
      const partial = approval({
        idNumber,
        payload: {
          caseKind: 'CANCELLATION_PARTIAL',
          certificateOutcome: 'REPLACE',
          currentCertificateNumber: multiple,
          cancelledCategories: ['VISION'],
          classification: undefined,
        },
      });
      await send(partial);
      await applied(partial);
      const remaining = await db
        .getRepository(Certificate)
        .findOneByOrFail({ applicationId: partial.payload.applicationId });
      expect(remaining).toMatchObject({
        certificateNumber: `${idNumber}43`,
        category: 'PHYSICAL',
        level: 3,
        impairments: [{ category: 'PHYSICAL', level: 3 }],
      });
      expect(await statusOf(multiple)).toBe('SUPERSEDED');
      expect(await statusEvents(multiple)).toEqual(['SUPERSEDED']);
    });

    it('R23: a partial cancellation striking off every category is refused and changes nothing', async () => {
      const idNumber = aResidentIdNumber();
      const card = await printedCard(idNumber);
      const partial = approval({
        idNumber,
        payload: {
          caseKind: 'CANCELLATION_PARTIAL',
          certificateOutcome: 'REPLACE',
          currentCertificateNumber: card,
          cancelledCategories: ['PHYSICAL'],
          classification: undefined,
        },
      });
      await send(partial);
      expect(await deadLetterReason(partial.id)).toMatch(
        /payload\.cancelledCategories: cancelling every category is a full cancellation .*\(R23\)/,
      );
      expect(await statusOf(card)).toBe('ACTIVE');
      expect(
        await db
          .getRepository(Certificate)
          .countBy({ applicationId: partial.payload.applicationId }),
      ).toBe(0);
      expect(await statusEvents(card)).toEqual([]);
    });

    it('R23: a full cancellation prints nothing and the card reads cancelled', async () => {
      const idNumber = aResidentIdNumber();
      const card = await printedCard(idNumber);
      const cancellation = cancellationOf(idNumber, card);
      await send(cancellation);
      await applied(cancellation);
      expect(await statusOf(card)).toBe('CANCELLED');
      expect(
        await db
          .getRepository(Certificate)
          .countBy({ applicationId: cancellation.payload.applicationId }),
      ).toBe(0);
      expect(await statusEvents(card)).toEqual(['CANCELLED']);
    });

    it('R22, R23: a loss replacement of a cancelled card is refused and changes nothing', async () => {
      const idNumber = aResidentIdNumber();
      const card = await printedCard(idNumber);
      const cancellation = cancellationOf(idNumber, card);
      await send(cancellation);
      await applied(cancellation);
      const replacement = lossReplacementOf(idNumber, card);
      await send(replacement);
      expect(await deadLetterReason(replacement.id)).toMatch(
        /REPORT_LOST is not allowed from CANCELLED/,
      );
      expect(await statusOf(card)).toBe('CANCELLED');
      expect(await db.getRepository(RegisteredCard).countBy(withNumber(`${card}B1`))).toBe(0);
      expect(await statusEvents(card)).toEqual(['CANCELLED']);
    });
  });
});
