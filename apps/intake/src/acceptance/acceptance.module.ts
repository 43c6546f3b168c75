import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { HandoverModule } from '../handover/handover.module';
import { MaterialsModule } from '../materials/materials.module';
import { AcceptanceController } from './acceptance.controller';
import { AcceptApplicationService } from './accept-application.service';
import { RefuseApplicationService } from './refuse-application.service';

@Module({
  imports: [ApplicationsModule, MaterialsModule, HandoverModule],
  controllers: [AcceptanceController],
  providers: [AcceptApplicationService, RefuseApplicationService],
})
export class AcceptanceModule {}
