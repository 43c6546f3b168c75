import { Module } from '@nestjs/common';
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
  providers: [CreateApplicationService, ApplicationLookup, CaseSteps],
  exports: [ApplicationLookup, CaseSteps, CreateApplicationService],
})
export class ApplicationsModule {}
