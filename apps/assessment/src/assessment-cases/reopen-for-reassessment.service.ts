import { ConflictException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AssessmentCase } from './assessment-case.entity';
import { requireCaseForUpdate } from './assessment-case.lookup';

/**
 * R9: a disputed conclusion, or one an upheld publicity objection set aside, is assessed again
 * under the residence place's rules: the case goes back to designation, marked as a re-assessment.
 */
@Injectable()
export class ReopenForReassessmentService {
  async execute(
    manager: EntityManager,
    applicationId: string,
    reason: string,
  ): Promise<AssessmentCase> {
    const found = await requireCaseForUpdate(manager, applicationId);
    if (found.status !== 'CONCLUDED' && found.status !== 'NOT_MET') {
      throw new ConflictException(
        `case ${found.applicationNumber} is ${found.status}; only a concluded case can be re-assessed (R9)`,
      );
    }
    found.status = 'AWAITING_DESIGNATION';
    found.reassessment = true;
    found.disputeReason = reason;
    found.institutionId = null;
    found.designatedOn = null;
    return manager.save(found);
  }
}
