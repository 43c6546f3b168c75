import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ServiceConfig } from '@tongban/config';
import {
  CountyKeysPublishedEvent,
  NATIONAL_MONITOR_COUNTY,
  SignatureHeaders,
  topicName,
  Topics,
} from '@tongban/contracts';
import { errorMessage, sleep } from '@tongban/util';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { KeyObject } from 'node:crypto';
import type { Consumer, KafkaMessage } from 'kafkajs';
import { KafkaConnection } from '../../kafka/kafka-connection';
import { verifies } from '../county-signatures';
import { ServiceIdentity } from '../../service-identity';
import { CountyKeyRegistry } from './county-key-registry';
import { publicKeyFromBase64 } from './key-thumbprint';

/** How often a follower looks again for a registry topic the national node has not created yet. */
const TOPIC_RETRY_MS = 10_000;

/** The one registry topic of the whole country. */
export const KEY_REGISTRY_TOPIC = topicName(Topics.countyKeysPublished, { nodeId: 'any' });

/**
 * Keeps this process's {@link CountyKeyRegistry} on the national registry: reads the registry
 * topic from its beginning at every start (it is small, and nothing of it is kept in the
 * database, so a restart cannot leave a stale copy), adopts each publication the pinned
 * registry key signed, and ignores anything else with a warning. {@link ready} settles once
 * the topic was read to its end, so consumers judge other counties' messages by the registry
 * in force, not by an empty one.
 */
@Injectable()
export class KeyRegistryFollower implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(KeyRegistryFollower.name);
  private readonly registryKey?: KeyObject;
  private consumer?: Consumer;
  /** Aborted at shutdown: no wait of the follower outlives the service. */
  private readonly stopping = new AbortController();
  private caughtUp!: () => void;
  private readonly caughtUpOnce = new Promise<void>((resolve) => (this.caughtUp = resolve));

  constructor(
    private readonly config: ServiceConfig,
    private readonly identity: ServiceIdentity,
    private readonly kafka: KafkaConnection,
    private readonly registry: CountyKeyRegistry,
  ) {
    if (config.KEY_REGISTRY_PUBLIC_KEY)
      this.registryKey = publicKeyFromBase64(config.KEY_REGISTRY_PUBLIC_KEY);
  }

  onApplicationBootstrap(): void {
    if (!this.registryKey) return this.caughtUp();
    // In the background: a broker that is down must not hold up the service's start.
    void this.follow();
  }

  /** Settles once the registry was read to its end, or after KEY_REGISTRY_CATCH_UP_MS. */
  ready(): Promise<void> {
    // The timeout's own timer ends with the race, so a settled wait keeps no 30 s timer alive.
    const waited = new AbortController();
    const timeout = sleep(this.config.KEY_REGISTRY_CATCH_UP_MS, waited.signal).catch(() => {});
    return Promise.race([this.caughtUpOnce, timeout]).finally(() => waited.abort());
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.consumer?.disconnect();
  }

  private async follow(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      try {
        await this.subscribe();
        return;
      } catch (error) {
        this.logger.warn({
          msg: 'cannot read the key registry yet; retrying',
          topic: KEY_REGISTRY_TOPIC,
          error: errorMessage(error),
        });
        await this.consumer?.disconnect().catch(() => undefined);
        this.consumer = undefined;
        await sleep(TOPIC_RETRY_MS, this.stopping.signal).catch(() => {});
      }
    }
  }

  private async subscribe(): Promise<void> {
    const ends = await this.endOffsets();
    const pending = new Map([...ends].filter(([, end]) => end > 0n));
    if (pending.size === 0) this.caughtUp();
    // A group of this service's own, never committed: each start reads the registry again.
    this.consumer = this.kafka.kafka.consumer({
      groupId: `${this.config.NODE_ID}.${this.identity.serviceName}.key-registry`,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 1_000,
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: KEY_REGISTRY_TOPIC, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        this.take(message);
        const end = pending.get(partition);
        if (end !== undefined && BigInt(message.offset) + 1n >= end) pending.delete(partition);
        if (pending.size === 0) this.caughtUp();
      },
    });
  }

  /** The offset after the last message of each partition when the follower starts. */
  private async endOffsets(): Promise<Map<number, bigint>> {
    const admin = this.kafka.kafka.admin();
    await admin.connect();
    try {
      if (!(await admin.listTopics()).includes(KEY_REGISTRY_TOPIC)) {
        // Nothing published yet, so nothing to catch up on; look again later.
        this.caughtUp();
        throw new Error('the national node has published no key registry yet');
      }
      const offsets = await admin.fetchTopicOffsets(KEY_REGISTRY_TOPIC);
      return new Map(
        offsets
          .filter(({ high, low }) => high !== low)
          .map(({ partition, high }) => [partition, BigInt(high)]),
      );
    } finally {
      await admin.disconnect();
    }
  }

  /** Adopts a publication if the registry key signed exactly these bytes and it is newer. */
  private take(message: KafkaMessage): void {
    const refusal = this.refusalOf(message);
    if (refusal) {
      this.logger.warn({
        msg: 'key registry publication ignored',
        offset: message.offset,
        refusal,
      });
      return;
    }
    const envelope = JSON.parse(message.value!.toString()) as CountyKeysPublishedEvent;
    if (this.registry.adopt(envelope.payload))
      this.logger.log({
        msg: 'key registry adopted',
        sequence: envelope.payload.sequence,
        keys: envelope.payload.keys.length,
      });
  }

  private refusalOf(message: KafkaMessage): string | undefined {
    const signature = message.headers?.[SignatureHeaders.signature]?.toString();
    const signer = message.headers?.[SignatureHeaders.signer]?.toString();
    if (!message.value || !signature) return 'unsigned';
    if (signer !== NATIONAL_MONITOR_COUNTY) return `signer ${signer} is not the national node`;
    if (!verifies(this.registryKey!, message.value, signature))
      return 'not signed with the pinned registry key';
    try {
      const envelope = plainToInstance(
        CountyKeysPublishedEvent,
        JSON.parse(message.value.toString()),
      );
      const errors = validateSync(envelope, { forbidUnknownValues: true });
      if (errors.length > 0) return `invalid publication: ${errors.map(String).join('; ')}`;
    } catch (error) {
      return `unreadable publication: ${errorMessage(error)}`;
    }
    return undefined;
  }
}
