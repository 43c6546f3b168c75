import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ExchangeDirection, ExchangeLogEntry } from './exchange-log.entity';

export interface ExchangeRecord {
  direction: ExchangeDirection;
  topic: string;
  eventId?: string | null;
  eventType?: string | null;
  caseId?: string | null;
  counterpartCounty?: string | null;
  reason?: string | null;
}

/** Appends to this service's log of inter-county traffic. */
@Injectable()
export class ExchangeLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records entries, in the caller's transaction when one is given. */
  async record(
    records: ExchangeRecord[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (records.length === 0) return;
    await manager.insert(
      ExchangeLogEntry,
      records.map((r) => ({
        direction: r.direction,
        topic: r.topic,
        eventId: r.eventId ?? null,
        eventType: r.eventType ?? null,
        caseId: r.caseId ?? null,
        counterpartCounty: r.counterpartCounty ?? null,
        reason: r.reason ?? null,
      })),
    );
  }
}
