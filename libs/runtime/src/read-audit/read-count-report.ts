import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ServiceConfig } from '@tongban/config';
import {
  AUDITED_SERVICES,
  NATIONAL_MONITOR_COUNTY,
  Topics,
  type AuditedService,
} from '@tongban/contracts';
import { chinaLocalDateOf, fromEpochDay, toEpochDay } from '@tongban/domain';
import { EventPublisher, ServiceIdentity } from '@tongban/messaging';
import { Clock, errorMessage, PollingLoop, ScheduledJob } from '@tongban/util';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ReadAuditEntry } from './read-audit-entry.entity';

/**
 * Tells national monitoring how many reads of cases' personal data each of the node's counties'
 * staff made in this service, today and yesterday (China time): counts only, the read audit
 * itself never leaves the county. A count that has not changed since it was last sent is not
 * sent again; after a restart it is, which the monitor takes as the same figure.
 */
@Injectable()
export class ReadCountReport extends ScheduledJob {
  private readonly logger = new Logger(ReadCountReport.name);
  private readonly sent = new Map<string, number>();
  protected readonly loop: PollingLoop;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly identity: ServiceIdentity,
    private readonly clock: Clock,
    private readonly config: ServiceConfig,
  ) {
    super();
    this.loop = new PollingLoop({
      intervalMs: config.READ_AUDIT_REPORT_INTERVAL_MS,
      pass: async () => {
        await this.report();
        return false;
      },
      onError: (error) =>
        this.logger.warn({
          msg: 'read count report failed; will retry',
          error: errorMessage(error),
        }),
    });
  }

  /** Publishes the counts that changed; returns how many reports went into the outbox. */
  async report(): Promise<number> {
    const service = this.identity.serviceName as AuditedService;
    if (!AUDITED_SERVICES.includes(service)) return 0;
    const today = toEpochDay(chinaLocalDateOf(this.clock.now()));
    let published = 0;
    for (const day of [fromEpochDay(today - 1), fromEpochDay(today)]) {
      const counts = await this.dataSource
        .getRepository(ReadAuditEntry)
        .createQueryBuilder('r')
        .select('r.county', 'county')
        .addSelect('COUNT(*)::int', 'reads')
        .where('r.readAt >= :from AND r.readAt < :to', {
          from: `${day}T00:00:00+08:00`,
          to: `${fromEpochDay(toEpochDay(day) + 1)}T00:00:00+08:00`,
        })
        .andWhere('r.county IN (:...counties)', { counties: this.config.COUNTY_CODES })
        .groupBy('r.county')
        .getRawMany<{ county: string; reads: number }>();
      for (const { county, reads } of counts) {
        const key = `${county}/${day}`;
        if (this.sent.get(key) === reads) continue;
        await this.dataSource.transaction((manager) =>
          this.events.publish(manager, Topics.readsCounted, {
            // Not a case: each report is its own flow.
            caseId: randomUUID(),
            sourceCounty: county,
            destinationCounty: NATIONAL_MONITOR_COUNTY,
            payload: { countyCode: county, service, day, reads },
          }),
        );
        this.sent.set(key, reads);
        published++;
      }
    }
    return published;
  }
}
