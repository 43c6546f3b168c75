import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ServiceConfig } from '@tongban/config';
import { Admin, Kafka, logLevel, Message, Partitioners, Producer } from 'kafkajs';
import { kafkaLogCreator } from './kafka-log-creator';
import { kafkaTls } from './kafka-tls';
import { provisionTopics } from './topic-provisioning';
import { ServiceIdentity } from '../service-identity';

/**
 * The service's one Kafka client: a producer (acks=all) shared by the outbox relay and the
 * dead-letter writer, and an admin for topic provisioning and health.
 */
@Injectable()
export class KafkaConnection implements OnApplicationShutdown {
  readonly kafka: Kafka;
  private producer?: Promise<Producer>;
  private admin?: Promise<Admin>;
  private readonly provisioned = new Set<string>();

  constructor(
    private readonly config: ServiceConfig,
    identity: ServiceIdentity,
  ) {
    this.kafka = new Kafka({
      clientId: `${config.NODE_ID}.${identity.serviceName}`,
      brokers: config.KAFKA_BROKERS,
      ssl: kafkaTls(config),
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator(`Kafka:${identity.serviceName}`),
      // Few, short retries: the outbox relay has its own backoff, and shutdown must not wait long.
      retry: { retries: 4, initialRetryTime: 200, maxRetryTime: 2_000 },
    });
  }

  /** Sends messages and resolves once the broker has acknowledged all of them (acks=all). */
  async send(topic: string, messages: Message[]): Promise<void> {
    await this.ensureTopics([topic]);
    const producer = await this.connectedProducer();
    await producer.send({ topic, messages, acks: -1 });
  }

  /** Creates the topics if missing, with the configured partitions and replication. */
  async ensureTopics(topics: string[]): Promise<void> {
    const missing = topics.filter((topic) => !this.provisioned.has(topic));
    if (missing.length === 0) return;
    await provisionTopics(
      await this.connectedAdmin(),
      missing.map((topic) => ({
        topic,
        numPartitions: this.config.KAFKA_TOPIC_PARTITIONS,
        replicationFactor: this.config.KAFKA_REPLICATION_FACTOR,
      })),
    );
    missing.forEach((topic) => this.provisioned.add(topic));
  }

  /**
   * Gives a consumer group that has never committed on a topic the topic's current end as its
   * position, before the group first runs: what is published from then on is read, nothing
   * before. (kafkajs's own `fromBeginning: false` settles the position only at the first fetch,
   * after the consumer has started, so a message sent in between could be skipped.)
   */
  async positionNewGroupAtEnd(groupId: string, topics: string[]): Promise<void> {
    const admin = await this.connectedAdmin();
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics })) {
      if (partitions.some(({ offset }) => offset !== '-1')) continue;
      const ends = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({
        groupId,
        topic,
        partitions: ends.map(({ partition, high }) => ({ partition, offset: high })),
      });
    }
  }

  /** Asks the cluster who its brokers are; throws when Kafka cannot be reached. */
  async describeCluster(): Promise<{ brokers: number; controller: number | null }> {
    const admin = await this.connectedAdmin();
    const cluster = await admin.describeCluster();
    return { brokers: cluster.brokers.length, controller: cluster.controller };
  }

  async onApplicationShutdown(): Promise<void> {
    const producer = this.producer;
    const admin = this.admin;
    this.producer = undefined;
    this.admin = undefined;
    await Promise.allSettled([
      producer?.then((p) => p.disconnect()),
      admin?.then((a) => a.disconnect()),
    ]);
  }

  private connectedProducer(): Promise<Producer> {
    // Not idempotent: that needs unbounded retries, and the relay must back off and shut down
    // promptly instead. A duplicate from a retried send is absorbed by the consumer's inbox;
    // one request in flight keeps per-case order.
    this.producer ??= this.connect(
      this.kafka.producer({
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      }),
    );
    return this.producer.catch((error: unknown) => {
      this.producer = undefined;
      throw error;
    });
  }

  private connectedAdmin(): Promise<Admin> {
    this.admin ??= this.connect(this.kafka.admin());
    return this.admin.catch((error: unknown) => {
      this.admin = undefined;
      throw error;
    });
  }

  private async connect<T extends { connect(): Promise<void> }>(client: T): Promise<T> {
    await client.connect();
    return client;
  }
}
