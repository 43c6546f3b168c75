import { CardStatusChangedPayload, EventEnvelope, topicName, Topics } from '@tongban/contracts';
import { IllegalTransitionError } from '@tongban/domain';
import { OutboxMessage } from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import { TestNode } from '@tongban/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PRINTING_DEFINITION } from '../printing.definition';
import { CardStatusChange } from './card-status-change.entity';
import { ChangeCardStatusService } from './change-card-status.service';
import { idNumberFor, registerRow, writeExport } from './import/__tests__/register-rows';
import { ImportProgress } from './import/import-progress';
import { importRegister } from './import/import-register';
import { RegisteredCard } from './registered-card.entity';
import { withNumber } from './__tests__/with-number';

describe('printing: changing a card status in the register (real PostgreSQL and Kafka)', () => {
  let node: TestNode;
  let printing: ServiceApp;
  let db: DataSource;
  const cardNumber = `${idNumberFor(7)}42`;
  const applicationId = '5f0c7f52-8d0e-4a47-9a3c-6f0d2f1a9b11';

  beforeAll(async () => {
    node = await TestNode.create();
    printing = await node.start(PRINTING_DEFINITION);
    db = printing.app.get(DataSource);
    const dir = mkdtempSync(join(tmpdir(), 'card-status-'));
    const file = writeExport(
      join(dir, 'two.csv'),
      [7, 8].map((n) =>
        registerRow(n, node.countyCodes[0]!, {
          issued_on: '2020-06-01',
          valid_from: '2020-06-01',
          valid_through: '',
        }),
      ),
    );
    await importRegister(db, {
      file,
      servedCounties: node.countyCodes,
      progress: new ImportProgress(() => undefined),
    });
  });

  afterAll(() => node.dispose());

  const change = () =>
    db.transaction((manager) =>
      printing.app.get(ChangeCardStatusService).execute(manager, {
        cardNumber,
        event: { type: 'REPORT_LOST' },
        on: '2026-11-30' as never,
        actor: 'staff:clerk-7',
        applicationId,
        reason: 'holder reported the card lost at the counter',
      }),
    );
  const snapshot = async () => ({
    card: await db.getRepository(RegisteredCard).findOneByOrFail(withNumber(cardNumber)),
    history: await db
      .getRepository(CardStatusChange)
      .find({ where: { card: withNumber(cardNumber) }, order: { id: 'ASC' } }),
    outbox: await db.getRepository(OutboxMessage).find(),
  });

  it('R22: reporting a lost card writes the status, its history and one outbox event in one transaction', async () => {
    expect(await change()).toEqual({ from: 'ACTIVE', to: 'REPORTED_LOST', rule: 'R22' });

    const { card, history, outbox } = await snapshot();
    expect(card.status).toBe('REPORTED_LOST');
    expect(history).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: 'ACTIVE', actor: 'import' }),
      expect.objectContaining({
        fromStatus: 'ACTIVE',
        toStatus: 'REPORTED_LOST',
        on: '2026-11-30',
        actor: 'staff:clerk-7',
        applicationId,
        rule: 'R22',
        reason: 'holder reported the card lost at the counter',
      }),
    ]);
    const topic = topicName(Topics.cardStatusChanged, { nodeId: node.nodeId });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ topic, messageKey: card.cardId });
    expect(outbox[0]!.envelope).toMatchObject({
      type: 'printing.card.status-changed',
      schemaVersion: 1,
      caseId: card.cardId,
      correlationId: applicationId,
      sourceCounty: node.countyCodes[0],
      destinationCounty: node.countyCodes[0],
      payload: {
        cardNumber,
        issuingCountyCode: node.countyCodes[0],
        fromStatus: 'ACTIVE',
        toStatus: 'REPORTED_LOST',
        on: '2026-11-30',
        caseId: applicationId,
        rule: 'R22',
        reason: 'holder reported the card lost at the counter',
      },
    });

    // The relay delivers it to the node topic the county's subsidy system reads.
    const delivered = await node.findMessage(topic, (m) => m.key?.toString() === card.cardId);
    const envelope = JSON.parse(
      delivered.value!.toString(),
    ) as EventEnvelope<CardStatusChangedPayload>;
    expect(envelope.payload.toStatus).toBe('REPORTED_LOST');

    // Staff of the hukou county see it lost in the register. (An imported card has no QR
    // token, so the public cannot verify it at all: never by its number, issue 8.)
    const seen = await request(printing.app.getHttpServer())
      .get(`/card-register/${cardNumber}`)
      .set(node.staffHeaders('CLERK', node.countyCodes[0]))
      .expect(200);
    expect(seen.body).toMatchObject({ status: 'REPORTED_LOST' });
    await request(printing.app.getHttpServer()).get(`/verify/${cardNumber}`).expect(400);
  });

  it('refuses an illegal transition and writes nothing', async () => {
    const before = await snapshot();
    await expect(change()).rejects.toBeInstanceOf(IllegalTransitionError);
    expect(await snapshot()).toEqual(before);
  });

  describe('staff endpoints', () => {
    const byHttp = `${idNumberFor(8)}42`;
    const http = () => request(printing.app.getHttpServer());

    it('R22: a clerk of the issuing county reports a card lost and sees its history, the ID masked', async () => {
      const response = await http()
        .post(`/card-register/${byHttp}/report-lost`)
        .set(node.staffHeaders('CLERK', node.countyCodes[0], 'clerk-9'))
        .send({ reason: 'lost on the bus, reported by phone' })
        .expect(201);
      expect(response.body).toMatchObject({
        cardNumber: byHttp,
        maskedIdNumber: `${'*'.repeat(14)}${byHttp.slice(14, 18)}`,
        status: 'REPORTED_LOST',
        source: 'IMPORTED',
        history: [
          { from: null, to: 'ACTIVE', actor: 'import' },
          { from: 'ACTIVE', to: 'REPORTED_LOST', actor: 'staff:clerk-9', rule: 'R22' },
        ],
      });
      const again = await http()
        .post(`/card-register/${byHttp}/report-lost`)
        .set(node.staffHeaders('CLERK', node.countyCodes[0], 'clerk-9'))
        .send({ reason: 'twice' })
        .expect(409);
      expect(again.body.message.join()).toMatch(/^status: .*already reported lost/);
    });

    it('R32: staff of another county see nothing of the register', async () => {
      await http()
        .get(`/card-register/${byHttp}`)
        .set(node.staffHeaders('CLERK', '320106'))
        .expect(403);
    });
  });
});
