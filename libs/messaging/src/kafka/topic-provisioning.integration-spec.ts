import { randomUUID } from 'node:crypto';
import { Admin, Kafka, logLevel } from 'kafkajs';
import { kafkaTls } from './kafka-tls';
import { provisionTopics } from './topic-provisioning';

/** Against the real broker of the test environment (KAFKA_BROKERS), as its operator. */
describe('provisionTopics (real Kafka)', () => {
  const kafka = new Kafka({
    clientId: 'topic-provisioning-spec',
    brokers: (process.env.KAFKA_BROKERS ?? '').split(','),
    ssl: kafkaTls({
      KAFKA_TLS_CA_FILE: process.env.KAFKA_TLS_CA_FILE,
      KAFKA_TLS_CERT_FILE: process.env.KAFKA_ADMIN_TLS_CERT_FILE,
      KAFKA_TLS_KEY_FILE: process.env.KAFKA_ADMIN_TLS_KEY_FILE,
    }),
    logLevel: logLevel.NOTHING,
  });
  let admin: Admin;
  const created: string[] = [];
  const aTopic = () => {
    const topic = `tongban.spec.provisioning.${randomUUID()}`;
    created.push(topic);
    return topic;
  };

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
  });

  afterAll(async () => {
    await admin.deleteTopics({ topics: created }).catch(() => undefined);
    await admin.disconnect();
  });

  it('creates missing topics and returns only once every partition has a leader', async () => {
    const [first, second] = [aTopic(), aTopic()];
    await provisionTopics(admin, [
      { topic: first, numPartitions: 3 },
      { topic: second, numPartitions: 2 },
    ]);
    const { topics } = await admin.fetchTopicMetadata({ topics: [first, second] });
    const partitionsOf = new Map(topics.map(({ name, partitions }) => [name, partitions.length]));
    expect(partitionsOf).toEqual(
      new Map([
        [first, 3],
        [second, 2],
      ]),
    );
    expect(topics.flatMap(({ partitions }) => partitions).every(({ leader }) => leader >= 0)).toBe(
      true,
    );

    // A producer right after it returns finds the topic served.
    const producer = kafka.producer();
    await producer.connect();
    await expect(producer.send({ topic: first, messages: [{ value: 'x' }] })).resolves.toEqual([
      expect.objectContaining({ topicName: first, errorCode: 0 }),
    ]);
    await producer.disconnect();
  });

  it('leaves existing topics as they are, so two processes may provision the same topic', async () => {
    const topic = aTopic();
    await provisionTopics(admin, [{ topic, numPartitions: 2 }]);
    await Promise.all([
      provisionTopics(admin, [{ topic, numPartitions: 5 }]),
      provisionTopics(admin, [{ topic, numPartitions: 5 }]),
    ]);
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(topics[0]!.partitions).toHaveLength(2);
  });
});
