import { NATIONAL_MONITOR_COUNTY, topicName, topicPrefix, Topics } from '@tongban/contracts';
import { revokeNodeAccess } from '@tongban/messaging';
import {
  eventually,
  kafkaClient,
  randomCountyCode,
  TestNode,
  type ClientCertificate,
} from '@tongban/testing';
import { Kafka, KafkaMessage, logLevel } from 'kafkajs';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PKI_SCRIPT = join(__dirname, '../../../deploy/pki/kafka-pki.sh');

/** A client that shows `certificate` (or none) and gives up at the first refusal. */
function clientOf(name: string, certificate: ClientCertificate | undefined): Kafka {
  return kafkaClient(`closed-broker.${name}`, certificate, {
    retry: { retries: 0 },
    connectionTimeout: 5_000,
  });
}

async function produce(kafka: Kafka, topic: string, key = 'probe'): Promise<void> {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    const value = JSON.stringify({ probe: key });
    await producer.send({ topic, acks: -1, messages: [{ key, value }] });
  } finally {
    await producer.disconnect();
  }
}

/** Reads `topic` from the beginning in `groupId` until a message keyed `key` arrives. */
async function readKeyed(
  kafka: Kafka,
  groupId: string,
  topic: string,
  key: string,
): Promise<KafkaMessage> {
  const consumer = kafka.consumer({ groupId, retry: { retries: 0 } });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    return await new Promise<KafkaMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`nothing keyed ${key} on ${topic}`)), 20_000);
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        clearTimeout(timer);
        reject(payload.error);
      });
      void consumer.run({
        eachMessage: async ({ message }) => {
          if (message.key?.toString() !== key) return;
          clearTimeout(timer);
          resolve(message);
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
}

/**
 * The broker's refusal code of an operation, or 'allowed'. kafkajs wraps the protocol error
 * (retries exhausted, non-retriable) in its own; the innermost typed one is the broker's.
 */
async function outcome(operation: () => Promise<unknown>): Promise<string> {
  try {
    await operation();
    return 'allowed';
  } catch (error) {
    let cause = error as { type?: string; name?: string; cause?: unknown; originalError?: unknown };
    while (!cause.type && (cause.cause ?? cause.originalError))
      cause = (cause.cause ?? cause.originalError) as typeof cause;
    return cause.type ?? cause.name ?? String(error);
  }
}

const sentinel = () => `sentinel-${randomBytes(6).toString('hex')}`;

describe('the closed broker: mutual TLS and the ACLs of each node (security item 2)', () => {
  let residence: TestNode;
  let hukou: TestNode;
  let national: TestNode;
  let asResidence: Kafka;
  let asNational: Kafka;
  let operator: Kafka;
  const topics = {
    residenceCounty: '',
    hukouCounty: '',
    residenceNode: '',
    hukouNode: '',
    // Under the national prefix but the spec's own: the real national stream is shared by
    // every test file, and the monitor would read what this spec writes.
    national: `${topicPrefix('national')}closed-broker-spec.${randomBytes(4).toString('hex')}`,
  };

  beforeAll(async () => {
    [residence, hukou, national] = await Promise.all([
      TestNode.create([randomCountyCode()]),
      TestNode.create([randomCountyCode()]),
      TestNode.create([NATIONAL_MONITOR_COUNTY]),
    ]);
    operator = residence.kafka;
    asResidence = clientOf('residence', residence.certificate);
    asNational = clientOf('national', national.certificate);
    topics.residenceCounty = topicName(Topics.caseReturned, {
      nodeId: residence.nodeId,
      countyCode: residence.countyCodes[0],
    });
    topics.hukouCounty = topicName(Topics.caseHandedOverV2, {
      nodeId: hukou.nodeId,
      countyCode: hukou.countyCodes[0],
    });
    topics.residenceNode = topicName(Topics.applicationAccepted, { nodeId: residence.nodeId });
    topics.hukouNode = topicName(Topics.caseApproved, { nodeId: hukou.nodeId });
    await Promise.all(Object.values(topics).map((topic) => residence.ensureTopic(topic)));
  });

  afterAll(async () => {
    const admin = operator?.admin();
    await admin?.connect();
    await admin?.deleteTopics({ topics: [topics.national] }).finally(() => admin.disconnect());
    await Promise.all([residence?.dispose(), hukou?.dispose(), national?.dispose()]);
  });

  it('refuses a client without a certificate, and one whose certificate another CA signed', async () => {
    expect(await outcome(() => produce(clientOf('anonymous', undefined), topics.national))).toMatch(
      /KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded|KafkaJSNonRetriableError/,
    );

    // Same CN as a real node, self-made CA: the broker trusts only the cluster's CA.
    const rogue = mkdtempSync(join(tmpdir(), 'rogue-ca-'));
    try {
      execFileSync('bash', [PKI_SCRIPT, 'ca', rogue]);
      execFileSync('bash', [PKI_SCRIPT, 'issue', rogue, residence.nodeId]);
      const impostor = clientOf('impostor', {
        certFile: join(rogue, `${residence.nodeId}.cert.pem`),
        keyFile: join(rogue, `${residence.nodeId}.key.pem`),
      });
      expect(await outcome(() => produce(impostor, topics.residenceNode))).toMatch(
        /KafkaJSConnectionError|KafkaJSNumberOfRetriesExceeded|KafkaJSNonRetriableError/,
      );
    } finally {
      rmSync(rogue, { recursive: true, force: true });
    }
  });

  it('lets a county node read its counties and its own topics, and write to any county and the national stream', async () => {
    const mine = sentinel();
    await produce(operator, topics.residenceCounty, mine);
    const read = await readKeyed(
      asResidence,
      `${residence.nodeId}.spec`,
      topics.residenceCounty,
      mine,
    );
    expect(read.value?.toString()).toBe(JSON.stringify({ probe: mine }));

    expect(await outcome(() => produce(asResidence, topics.residenceNode))).toBe('allowed');
    expect(await outcome(() => produce(asResidence, topics.hukouCounty))).toBe('allowed');
    expect(await outcome(() => produce(asResidence, topics.national))).toBe('allowed');
  });

  it('refuses a county node what belongs to another node, another county or the national office', async () => {
    const group = `${residence.nodeId}.spec-refused`;
    expect(await outcome(() => readKeyed(asResidence, group, topics.hukouCounty, 'x'))).toBe(
      'TOPIC_AUTHORIZATION_FAILED',
    );
    expect(await outcome(() => readKeyed(asResidence, group, topics.hukouNode, 'x'))).toBe(
      'TOPIC_AUTHORIZATION_FAILED',
    );
    expect(await outcome(() => readKeyed(asResidence, group, topics.national, 'x'))).toBe(
      'TOPIC_AUTHORIZATION_FAILED',
    );
    expect(await outcome(() => produce(asResidence, topics.hukouNode))).toBe(
      'TOPIC_AUTHORIZATION_FAILED',
    );
    // Another node's consumer group, even on a topic it may read: it would steal that
    // service's messages. kafkajs reports the broker's refusal of the group only in its log.
    const refusals: string[] = [];
    const logging = kafkaClient('closed-broker.group-thief', residence.certificate, {
      retry: { retries: 0 },
      logLevel: logLevel.DEBUG,
      logCreator: () => (entry) => {
        const type = (entry.log as { error?: { type?: string } }).error?.type;
        if (type) refusals.push(type);
      },
    });
    expect(
      await outcome(() =>
        readKeyed(logging, `${hukou.nodeId}.approval`, topics.residenceNode, 'x'),
      ),
    ).toBe('KafkaJSGroupCoordinatorNotFound');
    expect(refusals).toContain('GROUP_AUTHORIZATION_FAILED');
  });

  it('lets the national node read the national stream and nothing of any county', async () => {
    const mine = sentinel();
    await produce(operator, topics.national, mine);
    const read = await readKeyed(asNational, `${national.nodeId}.spec`, topics.national, mine);
    expect(read.key?.toString()).toBe(mine);

    const group = `${national.nodeId}.spec-refused`;
    expect(await outcome(() => readKeyed(asNational, group, topics.residenceCounty, 'x'))).toBe(
      'TOPIC_AUTHORIZATION_FAILED',
    );
    expect(await outcome(() => produce(asNational, topics.hukouCounty))).toBe(
      'TOPIC_AUTHORIZATION_FAILED',
    );
  });

  it('shuts a node out at once when its access is revoked', async () => {
    const departing = await TestNode.create([randomCountyCode()]);
    const asDeparting = clientOf('departing', departing.certificate);
    const own = topicName(Topics.applicationAccepted, { nodeId: departing.nodeId });
    await departing.ensureTopic(own);
    try {
      expect(await outcome(() => produce(asDeparting, own))).toBe('allowed');
      const admin = operator.admin();
      await admin.connect();
      await revokeNodeAccess(admin, departing.nodeId).finally(() => admin.disconnect());
      // Revocation goes through the controller's log: the broker applies it within moments.
      await eventually(async () =>
        expect(await outcome(() => produce(asDeparting, own))).toBe('TOPIC_AUTHORIZATION_FAILED'),
      );
    } finally {
      await departing.dispose();
    }
  });
});
