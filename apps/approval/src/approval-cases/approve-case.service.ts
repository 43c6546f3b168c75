import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chinaLocalDateOf } from '@tongban/domain';
import { Clock } from '@tongban/util';
import { DataSource } from 'typeorm';
import { HandoverDocuments } from '../documents/handover-documents';
import { conflict, unprocessable } from '../http/http-problems';
import { ApprovalCase } from './approval-case.entity';
import { requireCaseForUpdate, requireStatus } from './approval-case.lookup';
import { approvalBlockers } from './approval-blockers';
import { ApprovalEvents } from './approval-events';

/**
 * R11: the hukou county approves a received case whose scans it holds verified copies of
 * (R30), the photo among them. Printing's order, the decision for the residence county and the
 * stage for monitoring are written in the same transaction as the status: all or nothing.
 */
@Injectable()
export class ApproveCaseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: HandoverDocuments,
    private readonly events: ApprovalEvents,
    private readonly clock: Clock,
  ) {}

  async execute(applicationId: string): Promise<ApprovalCase> {
    const today = chinaLocalDateOf(this.clock.now());
    return this.dataSource.transaction(async (manager) => {
      const found = await requireCaseForUpdate(manager, applicationId);
      requireStatus(found, 'RECEIVED', 'approval');
      const documents = await this.documents.list(manager, applicationId, found.round);
      const { missing, waiting } = approvalBlockers(found, documents);
      if (missing.length > 0) throw unprocessable(...missing, ...waiting);
      if (waiting.length > 0) throw conflict(...waiting);
      const photo = documents.find((d) => d.kind === 'PHOTO' && d.status === 'VERIFIED')!;

      found.status = 'APPROVED';
      found.decision = {
        outcome: 'APPROVED',
        decidedOn: today,
        reasons: [],
        suggestedHukouCountyCode: null,
      };
      await manager.save(found);
      await this.events.approved(manager, found, photo, today);
      await this.events.decided(manager, found, 'APPROVED', [], today);
      await this.events.stage(manager, found, 'COMPLETED', today);
      // R27 stays open: it ends when the card is mailed (printing.certificate.mailed).
      return found;
    });
  }
}
