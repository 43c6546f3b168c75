import { EntityManager } from 'typeorm';
import { notFound } from '../http/http-problems';
import { ApprovalCase } from './approval-case.entity';

/** The case locked for update in the caller's transaction, or 404. */
export async function requireCaseForUpdate(
  manager: EntityManager,
  applicationId: string,
): Promise<ApprovalCase> {
  const found = await manager.findOne(ApprovalCase, {
    where: { applicationId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!found) throw notFound(`applicationId: no approval case for application ${applicationId}`);
  return found;
}
