import { EntityManager } from 'typeorm';

/**
 * Serialises, until the transaction ends, the handlers of one case. Without it a notice
 * recorded as PENDING_RECIPIENT by one consumer instance could miss the acceptance committed
 * at the same moment by another, and wait for ever.
 */
export async function lockCase(manager: EntityManager, applicationId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `notification-case:${applicationId}`,
  ]);
}
