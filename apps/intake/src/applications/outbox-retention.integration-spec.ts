import { topicName, Topics } from '@tongban/contracts';
import { OutboxMessage, OutboxPurge } from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import { anApplicationRequest, eventually, TestClock, TestNode } from '@tongban/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { INTAKE_DEFINITION } from '../intake.definition';

/**
 * Issue 8: published envelopes carry personal data and presigned links; the outbox keeps them
 * only for OUTBOX_RETENTION_DAYS, counted on the service clock from publication.
 */
describe('intake: outbox payloads are cleared after the retention period (real PostgreSQL, Kafka)', () => {
  let node: TestNode;
  let intake: ServiceApp;
  let db: DataSource;
  const clock = new TestClock();

  beforeAll(async () => {
    clock.setChinaDate('2026-11-16');
    node = await TestNode.create(['320106']);
    // Staff tokens are issued and checked on the service's (test) clock.
    node.clock = clock;
    intake = await node.start(INTAKE_DEFINITION, { OUTBOX_RETENTION_DAYS: '7' }, { clock });
    db = intake.app.get(DataSource);
  });

  afterAll(() => node.dispose());

  /** Files an application and returns its outbox row once the relay has published it. */
  async function filedAndPublished(): Promise<OutboxMessage> {
    const filed = await request(intake.app.getHttpServer())
      .post('/applications')
      .set(node.staffHeaders('CLERK'))
      .send(anApplicationRequest())
      .expect(201);
    const applicationId = (filed.body as { applicationId: string }).applicationId;
    return eventually(async () => {
      const row = await db
        .getRepository(OutboxMessage)
        .findOneByOrFail({ messageKey: applicationId });
      expect(row.publishedAt).not.toBeNull();
      return row;
    });
  }

  const rowOf = (sequence: string) => db.getRepository(OutboxMessage).findOneByOrFail({ sequence });

  it('keeps a payload for seven days after publication, then clears it and keeps the row', async () => {
    const purge = intake.app.get(OutboxPurge);
    const old = await filedAndPublished();
    expect(old.publishedAt!.toISOString()).toBe(clock.now().toISOString());

    clock.advanceDays(6.9);
    await purge.purgeDue();
    expect((await rowOf(old.sequence)).envelope).not.toBeNull();

    clock.advanceDays(0.2);
    const recent = await filedAndPublished();
    await purge.purgeDue();
    const cleared = await rowOf(old.sequence);
    expect(cleared).toMatchObject({ envelope: null, eventId: old.eventId, topic: old.topic });
    expect(cleared.publishedAt).toEqual(old.publishedAt);
    expect((await rowOf(recent.sequence)).envelope).toEqual(recent.envelope);

    // What was sent is still on the topic for its consumers.
    const drafted = topicName(Topics.applicationDrafted, { nodeId: node.nodeId });
    const sent = await node.readTopic(drafted, await node.messageCount(drafted));
    expect(sent.map((m) => JSON.parse(m.value!.toString()).id)).toContain(old.eventId);
  });
});
