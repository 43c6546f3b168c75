import { NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PublicityCase } from './publicity-case.entity';

/** The case, or 404. */
export async function requirePublicityCase(
  manager: EntityManager,
  applicationId: string,
): Promise<PublicityCase> {
  const found = await manager.findOneBy(PublicityCase, { applicationId });
  if (!found) throw new NotFoundException(`no publicity case for application ${applicationId}`);
  return found;
}

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

/** The counties taking part in a case (R32): residence and hukou county. */
export function countiesOf(found: PublicityCase): string[] {
  return [found.residenceCountyCode, found.hukouCountyCode];
}
