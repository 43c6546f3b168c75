import { Module } from '@nestjs/common';
import { RequestCardFactsService } from '../card-facts/request-card-facts.service';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseStep } from '../case-progress/case-step.entity';
import { CaseSteps } from '../case-progress/case-steps';
import { ApplicationLookup } from './application-lookup';
import { Application } from './application.entity';
import { ApplicationsController } from './applications.controller';
import { CreateApplicationService } from './create-application.service';

@Module({
  imports: [TypeOrmModule.forFeature([Application, CaseStep])],
  controllers: [ApplicationsController],
  providers: [CreateApplicationService, ApplicationLookup, CaseSteps, RequestCardFactsService],
  exports: [ApplicationLookup, CaseSteps, CreateApplicationService, RequestCardFactsService],
})
export class ApplicationsModule {}
