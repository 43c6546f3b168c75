import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArchivedDocument } from '../e-archive/archived-document.entity';
import { FixityAudit } from './fixity-audit.service';
import { FixityAuditJob } from './fixity-audit.job';
import { FixityCheck } from './fixity-check.entity';
import { FixityController } from './fixity.controller';
import { FixityReport } from './fixity-report.service';

/** R30: the periodic re-read of stored documents and what it found. */
@Module({
  imports: [TypeOrmModule.forFeature([ArchivedDocument, FixityCheck])],
  controllers: [FixityController],
  providers: [FixityAudit, FixityAuditJob, FixityReport],
})
export class FixityModule {}
