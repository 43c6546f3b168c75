import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, errorMessage, PollingLoop, ScheduledJob } from '@tongban/util';
import { DataSource } from 'typeorm';
import { EVENT_ID_HEADER, EventEnvelope, isCountyTopic, isSignedTopic } from '@tongban/contracts';
import {
  CountyEncryption,
  EncryptionHeaders,
  EXCHANGE_ENCRYPTION,
} from '../exchange/county-encryption';
import { CountySignatures, SignatureHeaders } from '../exchange/county-signatures';
import { ExchangeLog } from '../exchange/exchange-log';
import { KafkaConnection } from '../kafka/kafka-connection';
import { OutboxMessage } from './outbox-message.entity';

const BATCH_SIZE = 100;
const IDLE_POLL_MS = 100;
const MAX_BACKOFF_MS = 5_000;

/**
 * Moves committed outbox rows to Kafka in insertion order. A row is marked published only
 * after the broker acknowledged it, so a crash in between re-sends it (at-least-once; the
 * consumer's inbox makes that harmless). Row locks let several instances share the work.
 * Rows committed after shutdown began wait in the outbox for the next start.
 */
@Injectable()
export class OutboxRelay extends ScheduledJob {
  private readonly logger = new Logger(OutboxRelay.name);
  protected readonly loop = new PollingLoop({
    intervalMs: IDLE_POLL_MS,
    maxBackoffMs: MAX_BACKOFF_MS,
    pass: async () => {
      const { published, error } = await this.relayBatch();
      if (error) throw error;
      return published === BATCH_SIZE;
    },
    onError: (error, backoffMs) =>
      this.logger.warn({
        msg: 'outbox relay failed; will retry',
        error: errorMessage(error),
        backoffMs,
      }),
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly kafka: KafkaConnection,
    private readonly signatures: CountySignatures,
    private readonly encryption: CountyEncryption,
    private readonly exchangeLog: ExchangeLog,
    private readonly clock: Clock,
  ) {
    super();
  }

  /** Relays one batch and reports how many rows went out. Exposed for tests and tools. */
  async relayBatch(): Promise<{ published: number; error?: unknown }> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .createQueryBuilder(OutboxMessage, 'm')
        .where('m.publishedAt IS NULL')
        .orderBy('m.sequence', 'ASC')
        .limit(BATCH_SIZE)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (rows.length === 0) return { published: 0 };
      try {
        for (const [topic, messages] of groupByTopic(rows)) {
          await this.kafka.send(
            topic,
            await Promise.all(messages.map((row) => this.toKafkaMessage(row))),
          );
        }
      } catch (error) {
        // Recorded in the same transaction so operators see stuck rows; the rows stay unpublished.
        await manager
          .createQueryBuilder()
          .update(OutboxMessage)
          .set({ attempts: () => 'attempts + 1', lastError: errorMessage(error).slice(0, 1000) })
          .whereInIds(rows.map((row) => row.sequence))
          .execute();
        return { published: 0, error };
      }
      await manager
        .createQueryBuilder()
        .update(OutboxMessage)
        .set({ publishedAt: this.clock.now(), lastError: null })
        .whereInIds(rows.map((row) => row.sequence))
        .execute();
      await this.exchangeLog.record(
        rows.filter((row) => isCountyTopic(row.topic)).map((row) => sentRecord(row)),
        manager,
      );
      return { published: rows.length };
    });
  }

  /**
   * Messages to other counties are encrypted to the receiving county's key (when it has
   * published one); they and reports to national monitoring carry this node's signature over
   * the exact bytes sent.
   */
  private async toKafkaMessage(row: OutboxMessage) {
    // Unpublished rows always hold their envelope: only published ones are purged.
    const envelope = row.envelope as EventEnvelope;
    let value: Buffer = Buffer.from(JSON.stringify(envelope));
    const headers: Record<string, string> = { [EVENT_ID_HEADER]: row.eventId };
    if (isCountyTopic(row.topic)) {
      const sealed = await this.encryption.seal(envelope.destinationCounty, value);
      value = sealed.bytes;
      if (sealed.encrypted) headers[EncryptionHeaders.encryption] = EXCHANGE_ENCRYPTION.header;
    }
    if (isSignedTopic(row.topic)) {
      headers[SignatureHeaders.signature] = this.signatures.sign(value);
      headers[SignatureHeaders.signer] = envelope.sourceCounty;
      headers[SignatureHeaders.key] = this.signatures.signingKeyId!;
    }
    return { key: row.messageKey, value, headers };
  }
}

function sentRecord(row: OutboxMessage) {
  const envelope = row.envelope as EventEnvelope;
  return {
    direction: 'SENT' as const,
    topic: row.topic,
    eventId: row.eventId,
    eventType: envelope.type,
    caseId: envelope.caseId,
    counterpartCounty: envelope.destinationCounty,
  };
}

function groupByTopic(rows: OutboxMessage[]): Map<string, OutboxMessage[]> {
  const byTopic = new Map<string, OutboxMessage[]>();
  for (const row of rows) byTopic.set(row.topic, [...(byTopic.get(row.topic) ?? []), row]);
  return byTopic;
}
