import type { EntityManager } from 'typeorm';
import { CaseDocument, type DocumentStatus } from './case-document.entity';

/**
 * The document in `status` whose next attempt fell due first, locked for this transaction and
 * skipped while another worker holds it: workers sharing the database never take one twice.
 */
export function oldestDueDocument(
  manager: EntityManager,
  status: DocumentStatus,
  now: Date,
): Promise<CaseDocument | null> {
  return manager
    .createQueryBuilder(CaseDocument, 'd')
    .where('d.status = :status', { status })
    .andWhere('d.nextAttemptAt <= :now', { now })
    .orderBy('d.nextAttemptAt', 'ASC')
    .limit(1)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .getOne();
}
