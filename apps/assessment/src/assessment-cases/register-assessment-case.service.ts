import { Injectable } from '@nestjs/common';
import { ApplicationDraftedEvent } from '@tongban/contracts';
import { EntityManager } from 'typeorm';
import { AssessmentCase } from './assessment-case.entity';

/** Records a drafted application so the residence county can designate an institution (R8). */
@Injectable()
export class RegisterAssessmentCaseService {
  async execute(manager: EntityManager, event: ApplicationDraftedEvent): Promise<void> {
    const { payload } = event;
    await manager.insert(AssessmentCase, {
      applicationId: payload.applicationId,
      caseKind: payload.caseKind,
      channel: payload.channel,
      residenceCountyCode: payload.residenceCountyCode,
      hukouCountyCode: payload.hukouCountyCode,
      status: 'AWAITING_DESIGNATION',
      correlationId: event.correlationId,
      draftedAt: new Date(event.occurredAt),
    });
  }
}
