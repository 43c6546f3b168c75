import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { HandoverModule } from '../handover/handover.module';
import { RerouteService } from '../handover/reroute.service';
import { MaterialsModule } from '../materials/materials.module';
import { ApplicantStatusFailures } from './applicant-status-failures';
import { CaseProgressController } from './case-progress.controller';
import { ProgressConsumers } from './progress.consumers';

@Module({
  imports: [ApplicationsModule, HandoverModule, MaterialsModule],
  controllers: [CaseProgressController, ProgressConsumers],
  providers: [RerouteService, ApplicantStatusFailures],
})
export class CaseProgressModule {}
