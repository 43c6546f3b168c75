import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseStep } from './case-step.entity';

/** Appends to a case's timeline inside the caller's transaction. */
@Injectable()
export class CaseSteps {
  async record(
    manager: EntityManager,
    applicationId: string,
    step: string,
    on: string,
    description: string,
  ): Promise<void> {
    await manager.insert(CaseStep, { applicationId, step, on, description });
  }

  list(manager: EntityManager, applicationId: string): Promise<CaseStep[]> {
    return manager.find(CaseStep, { where: { applicationId }, order: { sequence: 'ASC' } });
  }
}
