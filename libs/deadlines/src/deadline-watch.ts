import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ServiceConfig } from '@tongban/config';
import { NATIONAL_MONITOR_COUNTY, Topics } from '@tongban/contracts';
import { chinaLocalDateOf, type LocalDate } from '@tongban/domain';
import { EventPublisher } from '@tongban/messaging';
import { Clock, errorMessage, PollingLoop, ScheduledJob } from '@tongban/util';
import { DataSource, EntityManager } from 'typeorm';
import { deadlineDates } from './deadline-dates';
import { Deadline } from './deadline.entity';

const BATCH = 100;

/**
 * Watches open deadlines from the database: one working day before a deadline it warns, after
 * the due day it reports a breach — each once, written to the outbox in the same transaction
 * that marks the row, so a crash never loses or repeats an alert. Provisional deadlines are
 * recomputed on start, when a newly loaded holiday schedule may have changed them.
 */
@Injectable()
export class DeadlineWatch extends ScheduledJob {
  private readonly logger = new Logger(DeadlineWatch.name);
  protected readonly loop: PollingLoop;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    config: ServiceConfig,
  ) {
    super();
    this.loop = new PollingLoop({
      intervalMs: config.DEADLINE_WATCH_INTERVAL_MS,
      pass: async () => {
        await this.sweep();
        return false;
      },
      onError: (error) =>
        this.logger.warn({ msg: 'deadline sweep failed; will retry', error: errorMessage(error) }),
    });
  }

  /** One pass: recompute provisional dates, send due warnings and breaches. Returns alerts sent. */
  async sweep(): Promise<number> {
    const today = chinaLocalDateOf(this.clock.now());
    return this.dataSource.transaction(async (manager) => {
      await this.recomputeProvisional(manager);
      const warnings = await this.due(manager, 'warn', today);
      for (const row of warnings)
        await this.alert(manager, row, 'WARNING', { warnedAt: this.clock.now() });
      const breaches = await this.due(manager, 'breach', today);
      for (const row of breaches)
        await this.alert(manager, row, 'BREACH', { breachedAt: this.clock.now() });
      return warnings.length + breaches.length;
    });
  }

  private due(
    manager: EntityManager,
    kind: 'warn' | 'breach',
    today: LocalDate,
  ): Promise<Deadline[]> {
    const query = manager
      .createQueryBuilder(Deadline, 'd')
      .where(`d.status = 'OPEN'`)
      .orderBy('d.dueOn', 'ASC')
      .limit(BATCH)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked');
    return kind === 'warn'
      ? query.andWhere('d.warnedAt IS NULL AND d.warnOn <= :today', { today }).getMany()
      : query.andWhere('d.breachedAt IS NULL AND d.dueOn < :today', { today }).getMany();
  }

  private async alert(
    manager: EntityManager,
    row: Deadline,
    level: 'WARNING' | 'BREACH',
    mark: Partial<Deadline>,
  ): Promise<void> {
    await manager.update(Deadline, { id: row.id }, mark);
    await this.events.publish(manager, Topics.deadlineAlerted, {
      caseId: row.caseId,
      sourceCounty: row.countyCode,
      destinationCounty: NATIONAL_MONITOR_COUNTY,
      payload: {
        countyCode: row.countyCode,
        rule: row.rule,
        level,
        dueOn: row.dueOn,
        provisional: row.provisional,
      },
    });
    this.logger.warn({
      msg: `time limit ${level.toLowerCase()}`,
      rule: row.rule,
      caseId: row.caseId,
      dueOn: row.dueOn,
    });
  }

  private async recomputeProvisional(manager: EntityManager): Promise<void> {
    const provisional = await manager.find(Deadline, {
      where: { status: 'OPEN', provisional: true },
      take: BATCH,
    });
    for (const row of provisional) {
      const dates = deadlineDates(row.rule, row.triggeredOn as LocalDate);
      if (dates.provisional) continue;
      await manager.update(Deadline, { id: row.id }, dates);
    }
  }
}
