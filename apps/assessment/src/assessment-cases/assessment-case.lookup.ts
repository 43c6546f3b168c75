import { NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AssessmentCase } from './assessment-case.entity';

/** The case, or 404. */
export async function requireCase(
  manager: EntityManager,
  applicationId: string,
): Promise<AssessmentCase> {
  const found = await manager.findOneBy(AssessmentCase, { applicationId });
  if (!found) throw new NotFoundException(`no assessment case for application ${applicationId}`);
  return found;
}

/** The case locked for update in the caller's transaction, or 404. */
export async function requireCaseForUpdate(
  manager: EntityManager,
  applicationId: string,
): Promise<AssessmentCase> {
  const found = await manager.findOne(AssessmentCase, {
    where: { applicationId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!found) throw new NotFoundException(`no assessment case for application ${applicationId}`);
  return found;
}

/** The counties taking part in a case (R32): residence and hukou county. */
export function countiesOf(found: AssessmentCase): string[] {
  return [found.residenceCountyCode, found.hukouCountyCode];
}
