import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEnvelope } from '@tongban/contracts';
import { sleep } from '@tongban/util';
import { DataSource, EntityManager } from 'typeorm';
import { InboxMessage } from './inbox-message.entity';
import {
  isInfrastructureUnavailable,
  ProcessingFailedError,
  RetryLaterError,
} from './processing-errors';

export type InboxOutcome = 'handled' | 'duplicate';

export interface HandleOptions {
  /** Keeps the consumer's group membership alive between attempts. */
  heartbeat?: () => Promise<void>;
}

const MAX_ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 200;

/**
 * Runs an event handler at most once per event id: the inbox row and the handler's writes
 * commit together, so a redelivered event finds its row and changes nothing.
 */
@Injectable()
export class Inbox {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Handles the event once. Retries a few times; then throws {@link RetryLaterError} when
   * infrastructure is down (Kafka redelivers) or {@link ProcessingFailedError} (dead letter).
   */
  async handleOnce(
    envelope: EventEnvelope,
    handle: (manager: EntityManager) => Promise<void>,
    options: HandleOptions = {},
  ): Promise<InboxOutcome> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        return await this.dataSource.transaction((manager) =>
          this.recordAndHandle(manager, envelope, handle),
        );
      } catch (error) {
        lastError = error;
        if (attempt < MAX_ATTEMPTS) {
          await sleep(FIRST_BACKOFF_MS * 2 ** (attempt - 1));
          await options.heartbeat?.();
        }
      }
    }
    if (isInfrastructureUnavailable(lastError)) throw new RetryLaterError(lastError);
    throw new ProcessingFailedError(MAX_ATTEMPTS, lastError);
  }

  private async recordAndHandle(
    manager: EntityManager,
    envelope: EventEnvelope,
    handle: (manager: EntityManager) => Promise<void>,
  ): Promise<InboxOutcome> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(InboxMessage)
      .values({ eventId: envelope.id, eventType: envelope.type, caseId: envelope.caseId })
      .orIgnore()
      .returning(['eventId'])
      .execute();
    if (inserted.raw.length === 0) return 'duplicate';
    await handle(manager);
    return 'handled';
  }
}
