import { Injectable } from '@nestjs/common';
import type { ReadsCountedEvent } from '@tongban/contracts';
import { EntityManager } from 'typeorm';
import { ReadCount } from './read-count.entity';

/** The counties' read counts: the latest report of each county, service and day wins. */
@Injectable()
export class ReadCountLedger {
  async record(manager: EntityManager, event: ReadsCountedEvent): Promise<void> {
    const { countyCode, service, day, reads } = event.payload;
    await manager
      .createQueryBuilder()
      .insert()
      .into(ReadCount)
      .values({ countyCode, service, day, reads, reportedAt: new Date(event.occurredAt) })
      .orUpdate(['reads', 'reported_at'], ['county_code', 'service', 'day'], {
        // Reports may arrive out of order (each is its own message key).
        overwriteCondition: {
          where: 'read_count.reported_at < EXCLUDED.reported_at',
        },
      })
      .execute();
  }
}
