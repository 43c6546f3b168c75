import { EntityManager } from 'typeorm';
import { conflict, notFound } from '../http/http-problems';
import { ApprovalCase, ApprovalStatus } from './approval-case.entity';

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

/** 409 unless the case is in the state the action needs. */
export function requireStatus(found: ApprovalCase, expected: ApprovalStatus, action: string): void {
  if (found.status !== expected) {
    throw conflict(
      `status: case ${found.applicationNumber} is ${found.status}; ${action} needs ${expected}`,
    );
  }
}
