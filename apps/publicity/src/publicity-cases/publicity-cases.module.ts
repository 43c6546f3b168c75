import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@tongban/deadlines';
import { PublicityCasesController } from './publicity-cases.controller';
import { PublicityConsumers } from './publicity.consumers';
import { PublicityDeskService } from './publicity-desk.service';
import { PublicityWorkflow } from './publicity-workflow';

@Module({
  imports: [DeadlinesModule],
  controllers: [PublicityCasesController, PublicityConsumers],
  providers: [PublicityWorkflow, PublicityDeskService],
})
export class PublicityCasesModule {}
