import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@tongban/deadlines';
import { DocumentsModule } from '../documents/documents.module';
import { ApprovalCaseReader } from './approval-case.reader';
import { ApprovalCasesController } from './approval-cases.controller';
import { ApprovalEvents } from './approval-events';
import { ApproveCaseService } from './approve-case.service';
import { CaseHandedOverConsumer } from './case-handed-over.consumer';
import { CertificateMailedConsumer } from './certificate-mailed.consumer';
import { RecordMailingService } from './record-mailing.service';
import { RegisterHandoverService } from './register-handover.service';
import { RejectCaseService } from './reject-case.service';
import { ReturnCaseService } from './return-case.service';

/** The approval desk: receive hand-overs, review, return, approve or reject; R27 (R11, R27). */
@Module({
  imports: [DeadlinesModule, DocumentsModule],
  controllers: [ApprovalCasesController, CaseHandedOverConsumer, CertificateMailedConsumer],
  providers: [
    ApprovalEvents,
    ApprovalCaseReader,
    RegisterHandoverService,
    ApproveCaseService,
    RejectCaseService,
    ReturnCaseService,
    RecordMailingService,
  ],
})
export class ApprovalCasesModule {}
