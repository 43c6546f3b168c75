import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationDraftedConsumer } from './application-drafted.consumer';
import { AssessmentCase } from './assessment-case.entity';
import { AssessmentCasesController } from './assessment-cases.controller';
import { RegisterAssessmentCaseService } from './register-assessment-case.service';

@Module({
  imports: [TypeOrmModule.forFeature([AssessmentCase])],
  controllers: [AssessmentCasesController, ApplicationDraftedConsumer],
  providers: [RegisterAssessmentCaseService],
})
export class AssessmentCasesModule {}
