// What composes this service from outside (end-to-end tests, tools): never other services.
export { AssessmentConfig } from './config/assessment.config';
export { ASSESSMENT_DEFINITION } from './assessment.definition';
export { ASSESSMENT_PERSISTENCE } from './assessment.persistence';
