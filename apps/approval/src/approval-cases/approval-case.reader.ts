import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeadlineTracker } from '@tongban/deadlines';
import { DataSource } from 'typeorm';
import { HandoverDocuments } from '../documents/handover-documents';
import { notFound } from '../http/http-problems';
import { ApprovalCase } from './approval-case.entity';
import { ApprovalCaseView } from './approval-case.view';

/** Assembles the desk's view of a case: the case, its current round's scans and its deadlines. */
@Injectable()
export class ApprovalCaseReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: HandoverDocuments,
    private readonly deadlines: DeadlineTracker,
  ) {}

  async find(applicationId: string): Promise<ApprovalCaseView> {
    const { manager } = this.dataSource;
    const found = await manager.findOneBy(ApprovalCase, { applicationId });
    if (!found) throw notFound(`applicationId: no approval case for application ${applicationId}`);
    return this.view(found);
  }

  async view(found: ApprovalCase): Promise<ApprovalCaseView> {
    const { manager } = this.dataSource;
    const [documents, deadlines] = await Promise.all([
      this.documents.list(manager, found.applicationId, found.round),
      this.deadlines.list(manager, found.applicationId),
    ]);
    return ApprovalCaseView.of(found, documents, deadlines);
  }
}
