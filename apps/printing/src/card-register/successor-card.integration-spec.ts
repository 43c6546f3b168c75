import type { CaseApprovedEvent } from '@tongban/contracts';
import { chinaLocalDateOf, validityFrom, type LocalDate } from '@tongban/domain';
import { ServiceApp } from '@tongban/runtime';
import { TestNode } from '@tongban/testing';
import { Clock } from '@tongban/util';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource, QueryFailedError } from 'typeorm';
import { caseApprovedEnvelope } from '../certificates/__tests__/case-approved.envelope';
import { Certificate } from '../certificates/certificate.entity';
import { IssueCertificateService } from '../certificates/issue-certificate.service';
import { newVerificationToken } from '../certificates/verification-token';
import { PRINTING_DEFINITION } from '../printing.definition';
import { CardStatusChange } from './card-status-change.entity';
import { ChangeCardStatusService } from './change-card-status.service';
import { RegisterPrintedCardService } from './register-printed-card.service';
import { RegisteredCard } from './registered-card.entity';
import { withNumber } from './__tests__/with-number';

/**
 * R13–R15: an expiry renewal supersedes the card in force and registers its successor with the
 * same number. The number keys nothing: both cards stay in the register with their own history.
 */
describe('printing: a successor card with the same number (real PostgreSQL and Kafka)', () => {
  let node: TestNode;
  let printing: ServiceApp;
  let db: DataSource;

  beforeAll(async () => {
    node = await TestNode.create();
    printing = await node.start(PRINTING_DEFINITION);
    db = printing.app.get(DataSource);
  });

  afterAll(() => node.dispose());

  const photo = {
    key: 'photos/renewal.png',
    sha256: 'a'.repeat(64),
    size: 1,
    contentType: 'image/png',
  };

  it('supersedes the old card and registers the new one; verification and staff views follow the number to it', async () => {
    const county = node.countyCodes[0]!;
    const approved = caseApprovedEnvelope({
      hukouCountyCode: county,
      residenceCountyCode: '320106',
      photo,
    }) as unknown as CaseApprovedEvent;
    const old = await db.transaction((manager) =>
      printing.app.get(IssueCertificateService).execute(manager, approved),
    );
    const number = old.certificateNumber;
    const today = chinaLocalDateOf(printing.app.get(Clock).now());

    // The renewal, as the approval flow does it: one transaction, old card first.
    const renewalId = randomUUID();
    const successor = await db.transaction(async (manager) => {
      await printing.app.get(ChangeCardStatusService).execute(manager, {
        cardNumber: number,
        event: { type: 'SUPERSEDE', caseKind: 'RENEWAL_EXPIRY' },
        on: today,
        actor: 'system',
        applicationId: renewalId,
        reason: 'renewed on expiry',
      });
      const register = printing.app.get(RegisterPrintedCardService);
      expect(await register.isRegistered(manager, number)).toBe(false);
      const { validThrough } = validityFrom(today); // R15: from the new issue date
      const card = await register.execute(manager, {
        cardNumber: number,
        holderIdNumber: old.holderIdNumber,
        category: old.category,
        level: old.level,
        issuingCountyCode: county,
        issuedOn: today,
        validFrom: today,
        validThrough,
        applicationId: renewalId,
      });
      await manager.insert(Certificate, {
        ...old,
        cardId: card.cardId,
        applicationId: renewalId,
        caseKind: 'RENEWAL_EXPIRY',
        issuedOn: today,
        validFrom: today,
        validThrough,
        verificationToken: newVerificationToken(),
        approvedEventId: randomUUID(),
        issuedAt: undefined,
      });
      return card;
    });
    expect(successor.cardId).not.toBe(old.cardId);
    expect(await db.getRepository(RegisteredCard).findBy(withNumber(number))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ cardId: old.cardId, status: 'SUPERSEDED' }),
        expect.objectContaining({ cardId: successor.cardId, status: 'ACTIVE' }),
      ]),
    );
    // Each card keeps its own history.
    const history = await db
      .getRepository(CardStatusChange)
      .find({ where: { card: withNumber(number) }, order: { id: 'ASC' } });
    expect(history.map((h) => [h.cardId, h.fromStatus, h.toStatus])).toEqual([
      [old.cardId, null, 'ACTIVE'],
      [old.cardId, 'ACTIVE', 'SUPERSEDED'],
      [successor.cardId, null, 'ACTIVE'],
    ]);

    const http = () => request(printing.app.getHttpServer());
    // By the new card's QR token: the card in force.
    const printed = await db
      .getRepository(Certificate)
      .findOneByOrFail({ cardId: successor.cardId });
    const byNewToken = await http().get(`/verify/${printed.verificationToken}`).expect(200);
    expect(byNewToken.body).toMatchObject({ status: 'VALID', validUntil: successor.validThrough });
    // By the old card's QR token: that card, superseded. Public verification tells a
    // superseded card as CANCELLED (verification-status.ts: "replaced" adds nothing, R32).
    const byOldToken = await http().get(`/verify/${old.verificationToken}`).expect(200);
    expect(byOldToken.body).toEqual({ status: 'CANCELLED' });

    // Staff see the card in force under the number, with its own history.
    const staff = node.staffHeaders('PRINTER', county);
    const view = await http().get(`/certificates/${number}`).set(staff).expect(200);
    expect(view.body).toMatchObject({ applicationId: renewalId, status: 'ACTIVE' });
    const entry = await http().get(`/card-register/${number}`).set(staff).expect(200);
    expect(entry.body.history).toEqual([expect.objectContaining({ from: null, to: 'ACTIVE' })]);
    expect(entry.body.validThrough).toBe(successor.validThrough);

    // A second card in force with the same number is refused by the database itself.
    const twoInForce = db.transaction((manager) =>
      manager.insert(RegisteredCard, {
        ...successor,
        cardId: randomUUID(),
        registeredAt: undefined,
      }),
    );
    await expect(twoInForce).rejects.toBeInstanceOf(QueryFailedError);
    await expect(twoInForce).rejects.toMatchObject({
      driverError: { code: '23505', constraint: 'UQ_card_register_number_in_force' },
    });
  });

  it('a number whose cards are all final: staff see the latest, its QR token reads cancelled', async () => {
    const county = node.countyCodes[0]!;
    const approved = caseApprovedEnvelope({
      hukouCountyCode: county,
      residenceCountyCode: '320106',
      photo,
    }) as unknown as CaseApprovedEvent;
    const card = await db.transaction((manager) =>
      printing.app.get(IssueCertificateService).execute(manager, approved),
    );
    await db.transaction((manager) =>
      printing.app.get(ChangeCardStatusService).execute(manager, {
        cardNumber: card.certificateNumber,
        event: { type: 'CANCEL', caseKind: 'CANCELLATION_FULL' },
        on: '2026-11-30' as LocalDate,
        actor: 'system',
        reason: 'full cancellation approved',
      }),
    );
    const staff = node.staffHeaders('PRINTER', county);
    const seen = await request(printing.app.getHttpServer())
      .get(`/card-register/${card.certificateNumber}`)
      .set(staff)
      .expect(200);
    expect(seen.body).toMatchObject({ status: 'CANCELLED' });
    const verified = await request(printing.app.getHttpServer())
      .get(`/verify/${card.verificationToken}`)
      .expect(200);
    expect(verified.body).toEqual({ status: 'CANCELLED' });
  });
});
