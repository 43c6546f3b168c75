import { Logger } from '@nestjs/common';
import { KafkaContext, ReadPacket, ServerKafka } from '@nestjs/microservices';
import { KafkaRequestDeserializer } from '@nestjs/microservices/deserializers/kafka-request.deserializer';
import { ServiceConfig } from '@tongban/config';
import {
  findTopicByPattern,
  isCountyTopic,
  isSignedTopic,
  topicDestinationCounty,
  topicName,
} from '@tongban/contracts';
import { Partitioners, type Consumer, type EachMessagePayload } from 'kafkajs';
import { CountyEncryption, EncryptionHeaders } from '../exchange/county-encryption';
import { CountySignatures, SignatureHeaders } from '../exchange/county-signatures';
import { ExchangeLog } from '../exchange/exchange-log';
import { KeyRegistryFollower } from '../exchange/key-registry/key-registry-follower';
import { KafkaConnection } from '../kafka/kafka-connection';
import { kafkaLogCreator } from '../kafka/kafka-log-creator';
import { kafkaTls } from '../kafka/kafka-tls';
import { DeadLetterWriter } from './dead-letter-writer';

/** Maps the Kafka topic a message came from back to the event pattern its handler listens on. */
class TopicPatternDeserializer extends KafkaRequestDeserializer {
  constructor(private readonly patternsByTopic: Map<string, string>) {
    super();
  }

  override mapToSchema(
    data: Parameters<KafkaRequestDeserializer['mapToSchema']>[0],
    options?: Record<string, unknown>,
  ) {
    const packet = super.mapToSchema(data, options);
    const channel = String(options?.channel);
    return { ...packet, pattern: this.patternsByTopic.get(channel) ?? channel };
  }
}

export interface CountyKafkaServerOptions {
  config: ServiceConfig;
  serviceName: string;
  kafka: KafkaConnection;
  deadLetters: DeadLetterWriter;
  signatures: CountySignatures;
  encryption: CountyEncryption;
  exchangeLog: ExchangeLog;
  /** Consuming waits for it to have read the key registry in force. */
  keyRegistry: KeyRegistryFollower;
  /**
   * Where a consumer group that never committed starts: the beginning of its topics (default)
   * or their end when it first starts.
   */
  fromBeginning?: boolean;
}

/**
 * The NestJS Kafka transport, reading the physical topics of this node (and of the counties
 * it serves) for the logical event patterns its handlers declare. One consumer group per
 * service per node, so each service sees every event once.
 */
export class CountyKafkaServer extends ServerKafka {
  private readonly patternsByTopic: Map<string, string>;
  private readonly ownLogger = new Logger(CountyKafkaServer.name);

  constructor(private readonly serverOptions: CountyKafkaServerOptions) {
    const patternsByTopic = new Map<string, string>();
    const { config, serviceName } = serverOptions;
    super({
      client: {
        clientId: `${config.NODE_ID}.${serviceName}.consumer`,
        brokers: config.KAFKA_BROKERS,
        ssl: kafkaTls(config),
        logCreator: kafkaLogCreator(`KafkaConsumer:${serviceName}`),
        retry: { retries: 10, initialRetryTime: 300, maxRetryTime: 10_000 },
      },
      consumer: {
        groupId: `${config.NODE_ID}.${serviceName}`,
        allowAutoTopicCreation: false,
        sessionTimeout: 30_000,
        heartbeatInterval: 3_000,
        // Stopping waits for the fetch in flight; a short long-poll keeps shutdown well inside
        // the grace period (kafkajs defaults to 5 s) while delivery stays immediate.
        maxWaitTimeInMs: 1_000,
        retry: { retries: 10, initialRetryTime: 300, maxRetryTime: 10_000 },
      },
      // A new consumer group starts from the beginning: events published while the service
      // had never run (or its node was new) are still handled — unless it is positioned at
      // the end before it first runs (see bindEvents).
      subscribe: { fromBeginning: true },
      run: { partitionsConsumedConcurrently: 1 },
      producer: { createPartitioner: Partitioners.DefaultPartitioner },
      postfixId: '',
      deserializer: new TopicPatternDeserializer(patternsByTopic),
    });
    this.patternsByTopic = patternsByTopic;
  }

  /** The physical topics this server reads, once handlers are registered. */
  subscribedTopics(): string[] {
    return [...this.patternsByTopic.keys()];
  }

  override async bindEvents(consumer: Consumer): Promise<void> {
    const { config } = this.serverOptions;
    for (const pattern of this.messageHandlers.keys()) {
      const topic = findTopicByPattern(pattern);
      if (!topic) throw new Error(`no catalogue entry for handler pattern "${pattern}"`);
      const audiences =
        topic.scope === 'county'
          ? config.COUNTY_CODES.map((countyCode) => ({ nodeId: config.NODE_ID, countyCode }))
          : [{ nodeId: config.NODE_ID }];
      for (const audience of audiences)
        this.patternsByTopic.set(topicName(topic, audience), pattern);
    }
    const topics = this.subscribedTopics();
    if (topics.length > 0) {
      await this.serverOptions.kafka.ensureTopics(topics);
      if (this.serverOptions.fromBeginning === false) {
        await this.serverOptions.kafka.positionNewGroupAtEnd(this.groupId, topics);
      }
      await consumer.subscribe({ topics, fromBeginning: true });
    }
    await this.serverOptions.keyRegistry.ready();
    await consumer.run({
      partitionsConsumedConcurrently: 1,
      eachMessage: this.getMessageHandler(),
    });
    this.ownLogger.log({ msg: 'consuming', topics });
  }

  /**
   * Messages from other counties, and county reports to national monitoring, are accepted only
   * when a trusted county signed exactly these bytes, as itself, for the county that owns the
   * topic, and (between counties) encrypted them to our key; anything else is parked with the
   * reason and logged. Handlers see the decrypted envelope.
   */
  override async handleMessage(payload: EachMessagePayload): Promise<unknown> {
    if (!isSignedTopic(payload.topic)) return super.handleMessage(payload);
    const { message, topic } = payload;
    const signer = message.headers?.[SignatureHeaders.signer]?.toString();
    const { reason, bytes } = await this.checkExchange(payload, signer);
    const envelope = parseEnvelope(bytes);
    const record = {
      topic,
      eventId: envelope?.id ?? null,
      eventType: envelope?.type ?? null,
      caseId: envelope?.caseId ?? null,
      counterpartCounty: signer ?? null,
    };
    const refusal =
      reason ??
      (envelope?.sourceCounty !== signer
        ? `source county ${envelope?.sourceCounty ?? 'unknown'} is not the signer ${signer}`
        : envelope?.destinationCounty !== topicDestinationCounty(topic)
          ? `destination county ${envelope?.destinationCounty} does not own topic ${topic}`
          : undefined);
    if (refusal) {
      await this.serverOptions.exchangeLog.record([
        { ...record, direction: 'REJECTED', reason: refusal },
      ]);
      const context = new KafkaContext([
        message,
        payload.partition,
        topic,
        this.consumer!,
        payload.heartbeat,
        this.producer!,
      ]);
      return this.serverOptions.deadLetters.send(context, `exchange refused: ${refusal}`);
    }
    // The national stream is every county's every stage change: its refusals are logged,
    // its receipts are the monitor's own records.
    if (isCountyTopic(topic))
      await this.serverOptions.exchangeLog.record([{ ...record, direction: 'RECEIVED' }]);
    return super.handleMessage({ ...payload, message: { ...message, value: bytes } });
  }

  /** The signature over the bytes as received, then (between counties) their decryption. */
  private async checkExchange(
    { message, topic }: EachMessagePayload,
    signer: string | undefined,
  ): Promise<{ reason?: string; bytes: Buffer }> {
    const received = message.value ?? Buffer.alloc(0);
    const check = this.serverOptions.signatures.verify(
      signer,
      received,
      message.headers?.[SignatureHeaders.signature]?.toString(),
      message.headers?.[SignatureHeaders.key]?.toString(),
    );
    if (!check.valid) return { reason: check.reason, bytes: received };
    if (!isCountyTopic(topic)) return { bytes: received };
    const opened = await this.serverOptions.encryption.open(
      signer!,
      received,
      message.headers?.[EncryptionHeaders.encryption]?.toString(),
    );
    return opened.ok ? { bytes: opened.bytes } : { reason: opened.reason, bytes: received };
  }

  /** A message on one of our topics with no handler is parked, not silently skipped. */
  override async handleEvent(
    pattern: string,
    packet: ReadPacket,
    context: KafkaContext,
  ): Promise<unknown> {
    if (!this.getHandlerByPattern(pattern)) {
      return this.serverOptions.deadLetters.send(context, `no handler for "${pattern}"`);
    }
    return super.handleEvent(pattern, packet, context);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The identifying fields of an envelope, if the bytes hold one; validation comes later. */
function parseEnvelope(bytes: Buffer):
  | {
      id?: string;
      type?: string;
      caseId?: string;
      sourceCounty?: string;
      destinationCounty?: string;
    }
  | undefined {
  try {
    const parsed = JSON.parse(bytes.toString()) as Record<string, unknown>;
    const text = (key: string) =>
      typeof parsed[key] === 'string' ? (parsed[key] as string) : undefined;
    const uuid = (key: string) => (UUID.test(text(key) ?? '') ? text(key) : undefined);
    return {
      id: uuid('id'),
      type: text('type'),
      caseId: uuid('caseId'),
      sourceCounty: text('sourceCounty'),
      destinationCounty: text('destinationCounty'),
    };
  } catch {
    return undefined;
  }
}
