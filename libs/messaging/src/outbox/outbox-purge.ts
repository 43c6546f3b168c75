import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ServiceConfig } from '@tongban/config';
import { Clock, errorMessage, PollingLoop, ScheduledJob } from '@tongban/util';
import { DataSource } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

const BATCH_SIZE = 1_000;
const INTERVAL_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Clears the payload of outbox rows published longer ago than OUTBOX_RETENTION_DAYS: the
 * envelopes carry personal data and presigned links to scans, and once Kafka has them the
 * outbox keeps them only for diagnosis. The row stays (event id, topic, key, times), so what
 * was sent and when is still answerable; the exchange log keeps the county-to-county record.
 */
@Injectable()
export class OutboxPurge extends ScheduledJob {
  private readonly logger = new Logger(OutboxPurge.name);
  protected readonly loop = new PollingLoop({
    intervalMs: INTERVAL_MS,
    pass: async () => (await this.purgeDue()) === BATCH_SIZE,
    onError: (error) =>
      this.logger.warn({ msg: 'outbox purge failed; will retry', error: errorMessage(error) }),
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: ServiceConfig,
  ) {
    super();
  }

  /** Clears one batch of due payloads; returns how many. Exposed for tests and tools. */
  async purgeDue(): Promise<number> {
    const publishedBefore = new Date(
      this.clock.now().getTime() - this.config.OUTBOX_RETENTION_DAYS * DAY_MS,
    );
    const cleared = await this.dataSource.transaction(async (manager) => {
      const due = await manager
        .createQueryBuilder(OutboxMessage, 'm')
        .select('m.sequence')
        .where('m.publishedAt IS NOT NULL AND m.envelope IS NOT NULL')
        .andWhere('m.publishedAt < :publishedBefore', { publishedBefore })
        .orderBy('m.publishedAt', 'ASC')
        .limit(BATCH_SIZE)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (due.length === 0) return 0;
      await manager
        .createQueryBuilder()
        .update(OutboxMessage)
        .set({ envelope: null })
        .whereInIds(due.map((row) => row.sequence))
        .execute();
      return due.length;
    });
    if (cleared > 0) this.logger.log({ msg: 'outbox payloads cleared', rows: cleared });
    return cleared;
  }
}
