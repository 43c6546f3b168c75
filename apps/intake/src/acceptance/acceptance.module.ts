import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AcceptanceController } from './acceptance.controller';
import { AcceptApplicationService } from './accept-application.service';
import { RefuseApplicationService } from './refuse-application.service';

@Module({
  imports: [ApplicationsModule],
  controllers: [AcceptanceController],
  providers: [AcceptApplicationService, RefuseApplicationService],
})
export class AcceptanceModule {}
