import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeadlinesModule } from '@tongban/deadlines';
import { InstitutionsModule } from '../institutions/institutions.module';
import { ApplicationAcceptedConsumer } from './application-accepted.consumer';
import { AssessmentCase } from './assessment-case.entity';
import { AssessmentCasesController } from './assessment-cases.controller';
import { DesignateInstitutionService } from './designate-institution.service';
import { ObjectionUpheldConsumer } from './objection-upheld.consumer';
import { RecordConclusionService } from './record-conclusion.service';
import { RegisterAssessmentCaseService } from './register-assessment-case.service';
import { ReopenForReassessmentService } from './reopen-for-reassessment.service';

@Module({
  imports: [TypeOrmModule.forFeature([AssessmentCase]), InstitutionsModule, DeadlinesModule],
  controllers: [AssessmentCasesController, ApplicationAcceptedConsumer, ObjectionUpheldConsumer],
  providers: [
    RegisterAssessmentCaseService,
    DesignateInstitutionService,
    RecordConclusionService,
    ReopenForReassessmentService,
  ],
})
export class AssessmentCasesModule {}
