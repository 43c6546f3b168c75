import { loadConfig, ServiceConfig } from '@tongban/config';
import { StaffRole, StaffTokenService } from '@tongban/auth';
import { allCountyCodes } from '@tongban/domain';
import { isCountyTopic } from '@tongban/contracts';
import {
  CountyEncryption,
  DEAD_LETTER_SEALED_HEADER,
  openDeadLetter,
  EncryptionHeaders,
  EXCHANGE_ENCRYPTION,
  grantNodeAccess,
  provisionTopics,
  revokeNodeAccess,
  SignatureHeaders,
} from '@tongban/messaging';
import { Test } from '@nestjs/testing';
import {
  createServiceApp,
  SERVICE_APP_OPTIONS,
  ServiceApp,
  ServiceDefinition,
  startServiceApp,
} from '@tongban/runtime';
import { Clock } from '@tongban/util';
import { Admin, Kafka, KafkaMessage } from 'kafkajs';
import { createPrivateKey, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import {
  ClientCertificate,
  discardClientCertificate,
  issueClientCertificate,
  operatorKafka,
} from './test-broker';
import { createTestDatabase, dropTestDatabase } from './test-database';
import { infrastructureEnv } from './test-environment';

/**
 * A throwaway county node on the real servers: its own node id (so its own topics and
 * consumer groups), its own database and its own bucket, and its own broker certificate with
 * the ACLs a deployment grants a node. One per test file.
 */
export class TestNode {
  /** The test's probe of the broker, as the cluster operator: reads and writes any topic. */
  readonly kafka: Kafka;
  /** The certificate this node's services show the broker (CN = node id). */
  certificate?: ClientCertificate;
  /** This node's Ed25519 exchange key pair (base64 DER), as its deployment would hold it. */
  readonly exchangeKeys = exchangeKeyPair('ed25519');
  /** This node's X25519 key pair: other counties encrypt what they send it to the public key. */
  readonly encryptionKeys = exchangeKeyPair('x25519');
  /** When set, every service of this node and every staff token use this clock. */
  clock?: Clock;
  private readonly running = new Set<ServiceApp>();
  private readonly trustedKeys = new Map<string, string>();
  private readonly recipientKeys = new Map<string, string>();
  /** Opens what other nodes encrypted to this one, as its consumers would. */
  private opener?: CountyEncryption;

  private constructor(
    readonly nodeId: string,
    readonly databaseName: string,
    readonly countyCodes: string[],
  ) {
    this.kafka = operatorKafka(`${nodeId}.probe`);
  }

  /**
   * A node serving the given counties, or one random real county: county topics are named by
   * county code, so test files running in parallel must not share one.
   */
  static async create(countyCodes: string[] = [randomCountyCode()]): Promise<TestNode> {
    const suffix = randomBytes(4).toString('hex');
    const node = new TestNode(`t${suffix}`, `tongban_test_${suffix}`, countyCodes);
    await createTestDatabase(node.databaseName);
    node.certificate = await issueClientCertificate(node.nodeId);
    await node.withAdmin((admin) => grantNodeAccess(admin, node));
    return node;
  }

  /**
   * The Authorization header of a staff member of this node (first county unless given), as the
   * login would issue it. A token from another node's secret is refused here, as it should be.
   */
  staffHeaders(
    role: StaffRole,
    county = this.countyCodes[0]!,
    staffId = `${role.toLowerCase()}-1`,
  ): Record<string, string> {
    const tokens = new StaffTokenService(
      { STAFF_TOKEN_SECRET: this.env().STAFF_TOKEN_SECRET! },
      this.clock,
    );
    return { Authorization: `Bearer ${tokens.issue({ staffId, role, county }).token}` };
  }

  /**
   * Accept signed messages from the other node's counties and encrypt what goes to them (and
   * the same the other way).
   */
  federateWith(other: TestNode): void {
    for (const [from, to] of [
      [this, other],
      [other, this],
    ] as const) {
      for (const county of to.countyCodes) {
        from.trustedKeys.set(county, to.exchangeKeys.publicKey);
        from.recipientKeys.set(county, to.encryptionKeys.publicKey);
      }
    }
  }

  /** The environment a service of this node would get from its deployment. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      ...infrastructureEnv(),
      NODE_ID: this.nodeId,
      COUNTY_CODES: this.countyCodes.join(','),
      DATABASE_NAME: this.databaseName,
      DATABASE_POOL_SIZE: '3',
      ...(this.certificate
        ? {
            KAFKA_TLS_CERT_FILE: this.certificate.certFile,
            KAFKA_TLS_KEY_FILE: this.certificate.keyFile,
          }
        : {}),
      HTTP_PORT: '1',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      SHUTDOWN_GRACE_MS: '5000',
      // Test clocks jump weeks ahead; payloads stay for the specs that read them. The
      // retention spec sets its own period.
      OUTBOX_RETENTION_DAYS: '36500',
      STAFF_TOKEN_SECRET: `test-staff-token-secret-of-${this.nodeId}-000000`,
      EXCHANGE_SIGNING_KEY: this.exchangeKeys.privateKey,
      ...TEST_DATA_KEYS,
      EXCHANGE_DECRYPTION_KEY: this.encryptionKeys.privateKey,
      ...(this.trustedKeys.size > 0
        ? {
            EXCHANGE_TRUSTED_KEYS: countyKeyList(this.trustedKeys),
            EXCHANGE_RECIPIENT_KEYS: countyKeyList(this.recipientKeys),
          }
        : {}),
      ...extra,
    };
  }

  /** Boots a service of this node in-process (no HTTP port; use supertest on its server). */
  async start<C extends ServiceConfig>(
    definition: ServiceDefinition<C>,
    envOverrides: Record<string, string> = {},
    options: { clock?: Clock; awaitConsumer?: boolean } = {},
  ): Promise<ServiceApp> {
    const config = loadConfig(definition.configClass, this.env(envOverrides));
    const appOptions = {
      serviceName: definition.serviceName,
      config,
      consumesEvents: definition.consumesEvents,
      readsHistory: definition.readsHistory?.(config),
      listen: false,
    };
    let service: ServiceApp;
    const clock = options.clock ?? this.clock;
    if (clock) {
      // The same boot as production, with the clock replaced.
      const moduleRef = await Test.createTestingModule({ imports: [definition.rootModule(config)] })
        .overrideProvider(Clock)
        .useValue(clock)
        .compile();
      service = await startServiceApp(
        moduleRef.createNestApplication(SERVICE_APP_OPTIONS),
        appOptions,
      );
    } else {
      service = await createServiceApp(definition.rootModule(config), appOptions);
    }
    this.running.add(service);
    if (options.awaitConsumer ?? true) await service.consuming;
    return service;
  }

  /** Stops a service the way SIGTERM would: in-flight work finishes, connections close. */
  async stop(service: ServiceApp): Promise<void> {
    this.running.delete(service);
    await service.app.close();
  }

  /**
   * The first message on a topic that matches, read from the beginning with a fresh group; for
   * topics other nodes write too (national monitoring). A message encrypted to this node is
   * seen as its consumers see it, decrypted, unless `raw` asks for the bytes on the wire.
   */
  async findMessage(
    topic: string,
    matches: (message: KafkaMessage) => boolean,
    { timeoutMs = 20_000, raw = false }: { timeoutMs?: number; raw?: boolean } = {},
  ): Promise<KafkaMessage> {
    let found: KafkaMessage | undefined;
    await this.scan(
      topic,
      (message) => {
        if (!found && matchesSafely(matches, message)) found = message;
        return found !== undefined;
      },
      { timeoutMs, raw, expected: 'no matching message' },
    );
    return found!;
  }

  /**
   * Every message on a topic (decrypted when encrypted to this node), read with a fresh
   * consumer group, once at least `count` arrived.
   */
  async readTopic(topic: string, count: number, timeoutMs = 20_000): Promise<KafkaMessage[]> {
    const messages: KafkaMessage[] = [];
    await this.scan(topic, (message) => messages.push(message) >= count, {
      timeoutMs,
      raw: false,
      expected: `fewer than ${count} messages`,
    });
    return messages;
  }

  /** Reads a topic from the beginning with a fresh group until `done` says so or time is up. */
  private async scan(
    topic: string,
    done: (message: KafkaMessage) => boolean,
    options: { timeoutMs: number; raw: boolean; expected: string },
  ): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: `${this.nodeId}.probe.${randomBytes(3).toString('hex')}`,
    });
    await this.ensureTopic(topic);
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${options.expected} on ${topic} after ${options.timeoutMs} ms`)),
          options.timeoutMs,
        );
        void consumer.run({
          eachMessage: async ({ message }) => {
            if (!done(options.raw ? message : await this.opened(message))) return;
            clearTimeout(timer);
            resolve();
          },
        });
      });
    } finally {
      await consumer.disconnect();
    }
  }

  /**
   * A message as this node's consumers see it: opened when it was encrypted to this node; a
   * dead letter as its operator would read it, unsealed with the node's data key.
   */
  async opened(message: KafkaMessage): Promise<KafkaMessage> {
    if (message.headers?.[DEAD_LETTER_SEALED_HEADER] && message.value)
      return { ...message, value: openDeadLetter(message.value) };
    const encryption = message.headers?.[EncryptionHeaders.encryption]?.toString();
    if (!encryption || !message.value) return message;
    this.opener ??= new CountyEncryption({
      EXCHANGE_DECRYPTION_KEY: this.encryptionKeys.privateKey,
    });
    const opened = await this.opener.open('', message.value, encryption);
    return opened.ok ? { ...message, value: opened.bytes } : message;
  }

  /** How many messages a topic holds in all (0 when it does not exist). */
  async messageCount(topic: string): Promise<number> {
    return this.withAdmin(async (admin) => {
      if (!(await admin.listTopics()).includes(topic)) return 0;
      const offsets = await admin.fetchTopicOffsets(topic);
      return offsets.reduce(
        (sum, partition) => sum + Number(partition.high) - Number(partition.low),
        0,
      );
    });
  }

  /** Publishes raw messages, as another (possibly misbehaving) system would. */
  async produce(
    topic: string,
    messages: { key?: string; value: string | Buffer; headers?: Record<string, string> }[],
  ): Promise<void> {
    await this.ensureTopic(topic);
    const producer = this.kafka.producer();
    await producer.connect();
    try {
      await producer.send({ topic, messages, acks: -1 });
    } finally {
      await producer.disconnect();
    }
  }

  /** Creates the topic as a service would, so a probe can read it before anything was sent. */
  async ensureTopic(topic: string): Promise<void> {
    await this.withAdmin((admin) => provisionTopics(admin, [{ topic, numPartitions: 3 }]));
  }

  /**
   * Publishes envelopes to a county topic or the national stream, in order, as its relay
   * would: encrypted to the destination county when this node federates with it, and signed
   * by this node for the county each names as its source; keyed by case unless a key is given.
   */
  async produceSigned(
    topic: string,
    envelopes: SignableEnvelope | SignableEnvelope[],
    options: {
      key?: string;
      /** Signed only, as a county not yet upgraded would send (R34 compatibility). */
      plaintext?: boolean;
      /** Encrypted to this X25519 public key (base64 SPKI) instead of the destination's. */
      encryptTo?: string;
    } = {},
  ): Promise<void> {
    const key = createPrivateKey({
      key: Buffer.from(this.exchangeKeys.privateKey, 'base64'),
      format: 'der',
      type: 'pkcs8',
    });
    const encryption = new CountyEncryption({
      EXCHANGE_RECIPIENT_KEYS: countyKeyList(this.recipientKeys),
    });
    const messages = await Promise.all(
      [envelopes].flat().map(async (envelope) => {
        const headers: Record<string, string> = {};
        let value: Buffer = Buffer.from(JSON.stringify(envelope));
        if (isCountyTopic(topic) && envelope.destinationCounty && !options.plaintext) {
          const sealed = options.encryptTo
            ? await new CountyEncryption({
                EXCHANGE_RECIPIENT_KEYS: `${envelope.destinationCounty}=${options.encryptTo}`,
              }).seal(envelope.destinationCounty, value)
            : await encryption.seal(envelope.destinationCounty, value);
          value = sealed.bytes;
          if (sealed.encrypted) headers[EncryptionHeaders.encryption] = EXCHANGE_ENCRYPTION.header;
        }
        headers[SignatureHeaders.signature] = sign(null, value, key).toString('base64');
        headers[SignatureHeaders.signer] = envelope.sourceCounty;
        return { key: options.key ?? envelope.caseId, value, headers };
      }),
    );
    await this.ensureTopic(topic);
    const producer = this.kafka.producer();
    await producer.connect();
    try {
      await producer.send({ topic, acks: -1, messages });
    } finally {
      await producer.disconnect();
    }
  }

  /**
   * Stops what still runs, deletes the node's topics, ACLs and certificate and drops its
   * database.
   */
  async dispose(): Promise<void> {
    await Promise.allSettled([...this.running].map((service) => this.stop(service)));
    await this.withAdmin(async (admin) => {
      // County topics go only for counties this process drew for itself: a pinned county
      // (320106 …) may be served by a test file still reading its topics in another worker.
      const drawn = this.countyCodes.filter((county) => DRAWN_COUNTY_CODES.has(county));
      const ours = (await admin.listTopics()).filter(
        (topic) =>
          topic.startsWith(`tongban.node.${this.nodeId}.`) ||
          drawn.some((county) => topic.startsWith(`tongban.county.${county}.`)),
      );
      if (ours.length > 0) await admin.deleteTopics({ topics: ours });
      await revokeNodeAccess(admin, this.nodeId);
    });
    await discardClientCertificate(this.nodeId);
    await dropTestDatabase(this.databaseName);
  }

  private async withAdmin<T>(work: (admin: Admin) => Promise<T>): Promise<T> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.disconnect();
    }
  }
}

/**
 * A message the matcher cannot even read (another test's probe on a shared topic) is not the
 * one sought; a matcher that throws would otherwise stall the probe on that message for good.
 */
function matchesSafely(matches: (message: KafkaMessage) => boolean, message: KafkaMessage) {
  try {
    return matches(message);
  } catch {
    return false;
  }
}

type SignableEnvelope = { caseId: string; sourceCounty: string; destinationCounty?: string };

/**
 * The data keys of every node this process runs. Encrypted columns find their keys per
 * process (a process is one node in deployment), so in-process nodes share one ring.
 */
const TEST_DATA_KEYS = {
  DATA_ENCRYPTION_KEYS: `test-${randomBytes(4).toString('hex')}:${randomBytes(32).toString('base64')}`,
  DATA_LOOKUP_KEY: randomBytes(32).toString('base64'),
};

function countyKeyList(keys: Map<string, string>): string {
  return [...keys].map(([county, key]) => `${county}=${key}`).join(',');
}

function exchangeKeyPair(type: 'ed25519' | 'x25519'): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } =
    type === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('x25519');
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

/**
 * Real counties no random test county ever is (拉萨市城关区, 乌鲁木齐市天山区, 西宁市城东区, in
 * three provinces): for the one spec that must be alone with their national figures, the
 * monitor's.
 */
export const SECLUDED_COUNTY_CODES = ['540102', '650102', '630102'] as const;

/** The example nodes' counties, which some specs pin on purpose: never drawn at random. */
const PINNED_COUNTY_CODES = ['320106', '320102', '220122'];

/** Counties this process claimed exclusively for the run: only their topics are its to delete. */
const DRAWN_COUNTY_CODES = new Set<string>();

/**
 * A real county code (GB/T 2260) no other call of this test run has drawn. County topics are
 * named by county, so two test files on one county would read each other's messages.
 */
export function randomCountyCode(): string {
  const excluded = new Set<string>([...SECLUDED_COUNTY_CODES, ...PINNED_COUNTY_CODES]);
  const codes = allCountyCodes().filter((code) => !excluded.has(code));
  for (;;) {
    const code = codes[randomBytes(4).readUInt32BE() % codes.length]!;
    if (claimForThisRun(code)) {
      DRAWN_COUNTY_CODES.add(code);
      return code;
    }
  }
}

/** `count` counties, none drawn before in this test run. */
export function randomCountyCodes(count: number): string[] {
  return Array.from({ length: count }, () => randomCountyCode());
}

/**
 * Claims a county for this test run with a file created exclusively in the run's claims
 * directory (set up by the integration global setup), so parallel jest workers never draw the
 * same one. Outside such a run every draw counts as free.
 */
function claimForThisRun(code: string): boolean {
  const claims = process.env[COUNTY_CLAIMS_VARIABLE];
  if (!claims) return true;
  try {
    closeSync(openSync(join(claims, code), 'wx'));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Where the integration run keeps its county claims (see global-setup.js). */
export const COUNTY_CLAIMS_VARIABLE = 'TONGBAN_TEST_COUNTY_CLAIMS';
