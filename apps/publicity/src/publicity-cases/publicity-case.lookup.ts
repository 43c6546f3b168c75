import { NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PublicityCase } from './publicity-case.entity';

/** The case locked for update in the caller's transaction, or 404. */
export async function requirePublicityCaseForUpdate(
  manager: EntityManager,
  applicationId: string,
): Promise<PublicityCase> {
  const found = await manager.findOne(PublicityCase, {
    where: { applicationId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!found) throw new NotFoundException(`no publicity case for application ${applicationId}`);
  return found;
}
