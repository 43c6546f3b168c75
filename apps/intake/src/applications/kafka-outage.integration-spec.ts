import { topicName, Topics } from '@tongban/contracts';
import { OutboxMessage } from '@tongban/messaging';
import { anApplicationRequest, eventually, TestNode } from '@tongban/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { INTAKE_DEFINITION } from '../intake.definition';

// Nothing listens on port 1: the broker is "down" for this intake instance only, while the
// shared Kafka keeps serving the other test files.
const UNREACHABLE_KAFKA = { KAFKA_BROKERS: '127.0.0.1:1' };

describe('intake during a Kafka outage: accepted drafts wait in the outbox and are not lost', () => {
  let node: TestNode;

  beforeAll(async () => {
    node = await TestNode.create(['320106']);
  });

  afterAll(() => node.dispose());

  it('accepts drafts, reports Kafka down, and relays everything after a restart with Kafka back', async () => {
    const isolated = await node.start(INTAKE_DEFINITION, UNREACHABLE_KAFKA, {
      awaitConsumer: false,
    });
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await request(isolated.app.getHttpServer())
        .post('/applications')
        .set(node.staffHeaders('CLERK'))
        .send(anApplicationRequest())
        .expect(201);
      ids.push(response.body.applicationId);
    }

    const health = await request(isolated.app.getHttpServer()).get('/health').expect(503);
    expect(health.body.error).toMatchObject({ kafka: { status: 'down' } });
    expect(health.body.info).toMatchObject({ database: { status: 'up' } });

    const outbox = isolated.app.get(DataSource).getRepository(OutboxMessage);
    await eventually(async () => {
      const failed = await outbox.findBy({ attempts: 0 });
      expect(failed).toHaveLength(0); // every row has had a failed relay attempt recorded
    }, 30_000);
    const stuck = await outbox.find();
    expect(stuck.map((row) => row.publishedAt)).toEqual([null, null]);
    expect(stuck[0]!.lastError).toBeTruthy();
    await node.stop(isolated);

    const recovered = await node.start(INTAKE_DEFINITION);
    const topic = topicName(Topics.applicationDrafted, { nodeId: node.nodeId });
    const messages = await node.readTopic(topic, 2);
    expect(messages.map((m) => m.key!.toString()).sort()).toEqual([...ids].sort());
    const recoveredOutbox = recovered.app.get(DataSource).getRepository(OutboxMessage);
    await eventually(async () =>
      expect(
        await recoveredOutbox.createQueryBuilder('m').where('m.published_at IS NULL').getCount(),
      ).toBe(0),
    );
  });
});
