// What composes this service from outside (end-to-end tests, tools): never other services.
export { IntakeConfig } from './config/intake.config';
export { INTAKE_DEFINITION } from './intake.definition';
export { INTAKE_PERSISTENCE } from './intake.persistence';
