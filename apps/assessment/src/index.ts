// What composes this service from outside (end-to-end tests, tools): never other services.
export { AssessmentConfig } from './config/assessment.config';
export { ASSESSMENT_PERSISTENCE } from './assessment.persistence';
export { ASSESSMENT_SERVICE, AssessmentModule } from './assessment.module';
