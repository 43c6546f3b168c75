import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@tongban/util';
import { DataSource, EntityManager } from 'typeorm';
import { DeliveryResult, NotificationChannel } from '../channels/notification-channel';
import { NotificationConfig } from '../config/notification.config';
import { CaseRecipient } from '../notices/case-recipient.entity';
import { DUE_STATUSES } from '../notices/notice-type';
import { Notice } from '../notices/notice.entity';
import { NoticeDelivery } from './notice-delivery.entity';
import { outcomeOf, RetryPolicy } from './retry-policy';

const BATCH_SIZE = 50;

/**
 * Sends due notices through the configured channel and records every attempt. A notice is
 * locked while it is sent, so instances sharing the database never send it twice at once; a
 * crash between the send and the commit sends it again on the next sweep (at-least-once),
 * which the notice id as idempotency key lets a gateway absorb.
 */
@Injectable()
export class NoticeDispatcher {
  private readonly policy: RetryPolicy;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly channel: NotificationChannel,
    private readonly clock: Clock,
    config: NotificationConfig,
  ) {
    this.policy = {
      maxAttempts: config.NOTIFICATION_MAX_ATTEMPTS,
      baseDelayMs: config.NOTIFICATION_RETRY_BASE_MS,
      maxDelayMs: config.NOTIFICATION_RETRY_MAX_MS,
    };
  }

  /** Attempts every notice due now, 受理 before later steps; returns how many were attempted. */
  async dispatchDue(signal?: AbortSignal): Promise<number> {
    const due = await this.dataSource
      .getRepository(Notice)
      .createQueryBuilder('n')
      .select('n.id')
      .where('n.status IN (:...statuses)', { statuses: DUE_STATUSES })
      .andWhere('n.nextAttemptAt <= :now', { now: this.clock.now() })
      .orderBy('n.nextAttemptAt', 'ASC')
      .addOrderBy('n.step', 'ASC')
      .limit(BATCH_SIZE)
      .getMany();
    let attempted = 0;
    for (const { id } of due) {
      if (signal?.aborted) break;
      if (await this.dispatchOne(id)) attempted++;
    }
    return attempted;
  }

  /** Sends one notice if it is still due and no other instance holds it. */
  async dispatchOne(noticeId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const notice = await manager
        .createQueryBuilder(Notice, 'n')
        .where('n.id = :noticeId', { noticeId })
        .andWhere('n.status IN (:...statuses)', { statuses: DUE_STATUSES })
        .andWhere('n.nextAttemptAt <= :now', { now: this.clock.now() })
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!notice) return false;
      const result = await this.send(manager, notice);
      await this.record(manager, notice, result);
      return true;
    });
  }

  private async send(manager: EntityManager, notice: Notice): Promise<DeliveryResult> {
    const recipient = await manager.findOneBy(CaseRecipient, {
      applicationId: notice.applicationId,
    });
    if (!recipient || notice.text === null || notice.subject === null) {
      return { delivered: false, retryable: false, reason: 'notice has no recipient or text' };
    }
    try {
      return await this.channel.send(recipient, {
        id: notice.id,
        subject: notice.subject,
        text: notice.text,
      });
    } catch (error) {
      // A channel is meant to resolve; a throw is a bug or an outage — worth another try.
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'channel threw';
      return { delivered: false, retryable: true, reason: reason.slice(0, 500) };
    }
  }

  private async record(
    manager: EntityManager,
    notice: Notice,
    result: DeliveryResult,
  ): Promise<void> {
    const now = this.clock.now();
    const attempt = notice.attempts + 1;
    const outcome = outcomeOf(result, attempt, now, this.policy);
    await manager.insert(NoticeDelivery, {
      noticeId: notice.id,
      attempt,
      channel: this.channel.name,
      outcome: result.delivered ? 'DELIVERED' : 'FAILED',
      providerMessageId: result.delivered ? result.providerMessageId : null,
      reason: result.delivered ? null : result.reason,
      attemptedAt: now,
    });
    await manager.update(
      Notice,
      { id: notice.id },
      {
        status: outcome.status,
        nextAttemptAt: outcome.nextAttemptAt,
        attempts: attempt,
        channel: this.channel.name,
        lastError: result.delivered ? null : result.reason,
        sentAt: result.delivered ? now : null,
      },
    );
  }
}
