import { ServiceDefinition } from '@tongban/runtime';
import { AssessmentConfig } from './config/assessment.config';
import { ASSESSMENT_SERVICE, AssessmentModule } from './assessment.module';

/** How assessment is run: by its main.ts, by tests and by tools. */
export const ASSESSMENT_DEFINITION: ServiceDefinition<AssessmentConfig> = {
  serviceName: ASSESSMENT_SERVICE,
  configClass: AssessmentConfig,
  rootModule: (config) => AssessmentModule.forRoot(config),
  consumesEvents: true,
};
