import { Module } from '@nestjs/common';
import { CaseDocumentsApprovedConsumer } from './case-documents-approved.consumer';
import { EArchiveController } from './e-archive.controller';
import { FileApprovedDocumentsService } from './file-approved-documents.service';

/** R30: the holders' e-archives, filed from what approval verified. */
@Module({
  controllers: [CaseDocumentsApprovedConsumer, EArchiveController],
  providers: [FileApprovedDocumentsService],
})
export class EArchiveModule {}
