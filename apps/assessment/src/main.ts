import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { AssessmentConfig } from './config/assessment.config';
import { ASSESSMENT_SERVICE, AssessmentModule } from './assessment.module';

void runService({
  serviceName: ASSESSMENT_SERVICE,
  configClass: AssessmentConfig,
  rootModule: (config) => AssessmentModule.forRoot(config),
  consumesEvents: true,
});
