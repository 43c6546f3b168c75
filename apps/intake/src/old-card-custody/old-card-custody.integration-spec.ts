import { applyCaseEvent, openCase } from '@tongban/domain';
import { ServiceApp } from '@tongban/runtime';
import { IntakeClient, TestClock, TestNode } from '@tongban/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Application } from '../applications/application.entity';
import { CaseStep } from '../case-progress/case-step.entity';
import { INTAKE_DEFINITION } from '../intake.definition';
import { DestructionBatch } from './destruction-batch.entity';
import { OldCard } from './old-card.entity';

describe('intake: old-card custody and batch destruction (R28)', () => {
  const clock = new TestClock();
  let node: TestNode;
  let intake: ServiceApp;
  let db: DataSource;

  beforeAll(async () => {
    node = await TestNode.create(['320106', '320102']);
    node.clock = clock;
    clock.setChinaDate('2026-12-02');
    intake = await node.start(INTAKE_DEFINITION);
    db = intake.app.get(DataSource);
  });

  afterAll(() => node.dispose());

  // Tokens carry the clock's time, so each call gets a fresh one after the clock moves.
  const as = (role: 'CLERK' | 'SUPERVISOR', county = '320106', staffId = `${role}-1`) =>
    node.staffHeaders(role, county, staffId);
  const http = () => request(intake.app.getHttpServer());
  const clerk = () => new IntakeClient(intake.app, as('CLERK'));

  /**
   * Accepting a renewal needs the hukou county's answer about the card (card-facts), which this
   * one-service node has no hukou county to give. A damaged-card renewal (R16) is therefore
   * prepared here: filed as usual, then turned into an accepted renewal through the repository,
   * with status and plan from the domain's state machine exactly as ResidenceFlow stores them.
   */
  async function acceptedRenewal(): Promise<Application> {
    const { applicationId } = await clerk().file();
    const repository = db.getRepository(Application);
    const accepted = applyCaseEvent(openCase('RENEWAL_DAMAGED', { applicantIsMinor: false }), {
      type: 'ACCEPT',
      by: 'RESIDENCE',
    });
    await repository.update(applicationId, {
      caseKind: 'RENEWAL_DAMAGED',
      status: accepted.status,
      plan: accepted.plan,
      outcome: accepted.outcome,
      acceptedOn: '2026-12-02',
      acceptedBy: 'clerk-1',
    });
    return repository.findOneByOrFail({ id: applicationId });
  }

  const receive = (applicationId: string, body: Record<string, unknown>, headers = as('CLERK')) =>
    http().post(`/applications/${applicationId}/old-card`).set(headers).send(body);
  const destroy = (custodyIds: string[]) =>
    http()
      .post('/old-cards/destructions')
      .set(as('SUPERVISOR'))
      .send({ custodyIds, methodNote: '碎纸机粉碎', secondWitnessName: '王五' });
  const cardsByIds = (ids: string[]) =>
    Promise.all(ids.map((id) => db.getRepository(OldCard).findOneByOrFail({ id })));

  it('records the card, lists it masked and due one year on, and destroys it only in a batch of due cards', async () => {
    clock.setChinaDate('2026-12-02');
    const early = await acceptedRenewal();
    const cardNumber = `${early.idNumber}41`;
    const received = await receive(early.id, {
      cardNumber,
      storageLocation: '箱 3 / 架 A',
      conditionNote: '封面破损',
    }).expect(201);
    expect(received.body).toMatchObject({
      applicationId: early.id,
      countyCode: '320106',
      cardNumber,
      collectedOn: '2026-12-02',
      collectedBy: 'CLERK-1',
      destructionDueOn: '2027-12-02',
      status: 'HELD',
    });
    const steps = await db.getRepository(CaseStep).findBy({ applicationId: early.id });
    expect(steps.find((s) => s.step === 'OLD_CARD_RECEIVED')).toMatchObject({
      on: '2026-12-02',
      description: expect.stringContaining('2027-12-02'),
    });

    // Recorded once only.
    const twice = await receive(early.id, { cardNumber, storageLocation: '箱 3' }).expect(409);
    expect(twice.body.violations).toEqual([
      expect.objectContaining({ rule: 'R28', field: 'applicationId' }),
    ]);

    // A second card collected a month later is not due when the first one is.
    clock.setChinaDate('2027-01-05');
    const late = await acceptedRenewal();
    const lateCard = await receive(late.id, {
      cardNumber: `${late.idNumber}41`,
      storageLocation: '箱 4',
    }).expect(201);

    const due = await http()
      .get('/old-cards')
      .query({ dueBy: '2027-12-02' })
      .set(as('CLERK'))
      .expect(200);
    expect(due.body.total).toBe(1);
    expect(due.body.items[0]).toMatchObject({
      custodyId: received.body.custodyId,
      destructionDueOn: '2027-12-02',
      maskedCardNumber: `${'*'.repeat(16)}${cardNumber.slice(-4)}`,
    });
    expect(JSON.stringify(due.body)).not.toContain(early.idNumber);
    const single = await http()
      .get(`/old-cards/${received.body.custodyId}`)
      .set(as('CLERK'))
      .expect(200);
    expect(single.body.cardNumber).toBe(cardNumber);

    // On the due day of the first card, a batch with the second one is refused whole.
    clock.setChinaDate('2027-12-02');
    const ids = [received.body.custodyId, lateCard.body.custodyId];
    const refused = await destroy(ids).expect(422);
    expect(refused.body.violations).toEqual([
      expect.objectContaining({
        rule: 'R28',
        field: 'custodyIds',
        code: 'NOT_YET_DUE',
        custodyId: lateCard.body.custodyId,
      }),
    ]);
    expect((await cardsByIds(ids)).map((c) => c.status)).toEqual(['HELD', 'HELD']);
    expect(await db.getRepository(DestructionBatch).count()).toBe(0);

    // The due card alone is destroyed.
    const batch = await destroy([received.body.custodyId]).expect(201);
    expect(batch.body).toMatchObject({
      destroyedOn: '2027-12-02',
      recordedBy: 'SUPERVISOR-1',
      secondWitnessName: '王五',
      custodyIds: [received.body.custodyId],
    });
    const [destroyed, held] = await cardsByIds(ids);
    expect(destroyed).toMatchObject({
      status: 'DESTROYED',
      destructionBatchId: batch.body.batchId,
      destroyedOn: '2027-12-02',
    });
    expect(held!.status).toBe('HELD');

    // Destroying again is refused.
    const again = await destroy([received.body.custodyId]).expect(422);
    expect(again.body.violations).toEqual([
      expect.objectContaining({ code: 'ALREADY_DESTROYED', custodyId: received.body.custodyId }),
    ]);
    expect(await db.getRepository(DestructionBatch).count()).toBe(1);

    // Staff of another county served by the same node see nothing and destroy nothing.
    const other = as('SUPERVISOR', '320102', 'sup-320102');
    const otherList = await http().get('/old-cards').set(other).expect(200);
    expect(otherList.body).toMatchObject({ items: [], total: 0 });
    await http().get(`/old-cards/${lateCard.body.custodyId}`).set(other).expect(403);
    clock.setChinaDate('2028-02-01');
    const foreign = await http()
      .post('/old-cards/destructions')
      .set(as('SUPERVISOR', '320102', 'sup-320102'))
      .send({ custodyIds: [lateCard.body.custodyId], methodNote: '粉碎' })
      .expect(422);
    expect(foreign.body.violations).toEqual([
      expect.objectContaining({ code: 'NOT_IN_CUSTODY_OF_COUNTY' }),
    ]);
    expect((await cardsByIds([lateCard.body.custodyId]))[0]!.status).toBe('HELD');
    await receive(
      late.id,
      { cardNumber: `${late.idNumber}41`, storageLocation: 'x' },
      as('CLERK', '320102', 'clerk-320102'),
    ).expect(403);
  });

  it('a clerk may not destroy cards: destruction needs a SUPERVISOR', async () => {
    await http()
      .post('/old-cards/destructions')
      .set(as('CLERK'))
      .send({ custodyIds: ['5b0c8a4e-2d7f-4c1e-9a33-0f6c1d2e3b4a'], methodNote: '粉碎' })
      .expect(403);
  });

  it('refuses a card number with a wrong check character or of someone else (422 naming cardNumber)', async () => {
    clock.setChinaDate('2026-12-02');
    const application = await acceptedRenewal();
    const id = application.idNumber;
    const wrongCheck = `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}41`;
    const bad = await receive(application.id, {
      cardNumber: wrongCheck,
      storageLocation: '箱 3',
    }).expect(422);
    expect(bad.body.violations).toEqual([
      expect.objectContaining({ field: 'cardNumber', rule: expect.any(String) }),
    ]);
    expect(bad.body.message.join()).toMatch(/^cardNumber: .*\(.+\)$/);

    const someoneElse = await receive(application.id, {
      cardNumber: '11010519491231002X41',
      storageLocation: '箱 3',
    }).expect(422);
    expect(someoneElse.body.violations).toEqual([
      expect.objectContaining({ field: 'cardNumber', rule: 'R28', code: 'NOT_APPLICANTS_CARD' }),
    ]);
    expect(await db.getRepository(OldCard).countBy({ applicationId: application.id })).toBe(0);
  });

  it('refuses a NEW case (its plan collects no card) and a case not accepted yet', async () => {
    clock.setChinaDate('2026-12-02');
    const accepted = await clerk().fileComplete();
    const stored = await db
      .getRepository(Application)
      .findOneByOrFail({ id: accepted.applicationId });
    const newCase = await receive(accepted.applicationId, {
      cardNumber: `${stored.idNumber}41`,
      storageLocation: '箱 3',
    }).expect(422);
    expect(newCase.body.violations).toEqual([
      expect.objectContaining({ rule: 'R28', field: 'caseKind', code: 'PLAN_COLLECTS_NO_CARD' }),
    ]);

    const filed = await clerk().file();
    const notAccepted = await receive(filed.applicationId, {
      cardNumber: `${stored.idNumber}41`,
      storageLocation: '箱 3',
    }).expect(409);
    expect(notAccepted.body.violations).toEqual([
      expect.objectContaining({ rule: 'R28', field: 'status', code: 'CASE_NOT_ACCEPTED' }),
    ]);
    expect(await db.getRepository(OldCard).countBy({ applicationId: filed.applicationId })).toBe(0);
  });
});
