import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeadlineTracker } from '@tongban/deadlines';
import { chinaLocalDateOf } from '@tongban/domain';
import { Clock } from '@tongban/util';
import { DataSource } from 'typeorm';
import { HandoverDocuments } from '../documents/handover-documents';
import { conflict, unprocessable } from '../http/http-problems';
import { ApprovalCase } from './approval-case.entity';
import { requireCaseForUpdate } from './approval-case.lookup';
import { approvalBlockers } from './approval-blockers';
import { ApprovalEvents } from './approval-events';
import { HukouFlow } from './hukou-flow';

/**
 * R11: the hukou county approves a received case whose scans it holds verified copies of
 * (R30), the photo among them where a card is printed. Printing's order (issue, replace or
 * cancel, R13–R24), the decision for the residence county and the
 * stage for monitoring are written in the same transaction as the status: all or nothing.
 */
@Injectable()
export class ApproveCaseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: HandoverDocuments,
    private readonly events: ApprovalEvents,
    private readonly deadlines: DeadlineTracker,
    private readonly clock: Clock,
  ) {}

  async execute(applicationId: string): Promise<ApprovalCase> {
    const today = chinaLocalDateOf(this.clock.now());
    return this.dataSource.transaction(async (manager) => {
      const found = await requireCaseForUpdate(manager, applicationId);
      // The (pure) state machine says first whether the case may be approved now.
      const approved = HukouFlow.apply(found, { type: 'APPROVE', by: found.plan.approver });
      const documents = await this.documents.list(manager, applicationId, found.round);
      const { missing, waiting } = approvalBlockers(found, documents);
      if (missing.length > 0) throw unprocessable(...missing, ...waiting);
      if (waiting.length > 0) throw conflict(...waiting);
      const photo = documents.find((d) => d.kind === 'PHOTO' && d.status === 'VERIFIED');

      found.decision = {
        outcome: 'APPROVED',
        decidedOn: today,
        reasons: [],
        suggestedHukouCountyCode: null,
      };
      await manager.save(found);
      await this.events.approved(manager, found, photo, today);
      await this.events.documentsApproved(manager, found, documents, today);
      await this.events.decided(manager, found, 'APPROVED', [], today);
      await this.events.stage(manager, found, 'COMPLETED', today);
      // R27 stays open until the card is mailed (printing.certificate.mailed); a full
      // cancellation prints nothing, so approving it completes the case and R27 (R23).
      if (approved.status === 'COMPLETED') {
        await this.deadlines.close(manager, applicationId, 'R27', today);
      }
      return found;
    });
  }
}
