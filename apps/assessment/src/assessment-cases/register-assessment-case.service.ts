import { Injectable } from '@nestjs/common';
import { ApplicationAcceptedEvent } from '@tongban/contracts';
import { DeadlineTracker } from '@tongban/deadlines';
import { parseLocalDate, planHasStage } from '@tongban/domain';
import { EntityManager } from 'typeorm';
import { AssessmentCase } from './assessment-case.entity';

/**
 * Registers an accepted case for designation and starts R25's three working days — only when
 * the case's plan has an assessment (R8, R14, R24); renewals without one never come here.
 */
@Injectable()
export class RegisterAssessmentCaseService {
  constructor(private readonly deadlines: DeadlineTracker) {}

  async execute(manager: EntityManager, event: ApplicationAcceptedEvent): Promise<void> {
    const { payload } = event;
    if (!planHasStage(payload.plan, 'ASSESSMENT')) return;
    await manager.insert(AssessmentCase, {
      applicationId: payload.applicationId,
      applicationNumber: payload.applicationNumber,
      caseKind: payload.caseKind,
      plan: payload.plan,
      residenceCountyCode: payload.residenceCountyCode,
      hukouCountyCode: payload.hukouCountyCode,
      claimedCategories: payload.claimedCategories,
      applicantIsMinor: payload.applicantIsMinor,
      homeVisitRequested: payload.homeVisitRequested,
      materialsCompletedOn: payload.materialsCompletedOn,
      status: 'AWAITING_DESIGNATION',
    });
    // R25: the institution is named within 3 working days of complete materials.
    await this.deadlines.open(manager, {
      caseId: payload.applicationId,
      rule: 'R25',
      countyCode: payload.residenceCountyCode,
      caseKind: payload.caseKind,
      triggeredOn: parseLocalDate(payload.materialsCompletedOn, 'materialsCompletedOn'),
    });
  }
}
