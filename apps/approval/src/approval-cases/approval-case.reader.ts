import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseAccessPolicy, StaffPrincipal } from '@tongban/auth';
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
    private readonly access: CaseAccessPolicy,
  ) {}

  /** R32: the case if the staff member's county takes part in it; 404 or 403 otherwise. */
  async requireVisibleTo(staff: StaffPrincipal, applicationId: string): Promise<ApprovalCase> {
    const found = await this.dataSource.manager.findOneBy(ApprovalCase, { applicationId });
    if (!found) throw notFound(`applicationId: no approval case for application ${applicationId}`);
    this.access.assertCountyTakesPart(
      staff,
      [found.residenceCountyCode, found.hukouCountyCode],
      applicationId,
    );
    return found;
  }

  /** The desk's view of a case the staff member may see. */
  async find(staff: StaffPrincipal, applicationId: string): Promise<ApprovalCaseView> {
    return this.view(await this.requireVisibleTo(staff, applicationId));
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
