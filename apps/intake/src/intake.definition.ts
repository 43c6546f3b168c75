import { ServiceDefinition } from '@tongban/runtime';
import { IntakeConfig } from './config/intake.config';
import { INTAKE_SERVICE, IntakeModule } from './intake.module';

/** How intake is run: by its main.ts, by tests and by tools. */
export const INTAKE_DEFINITION: ServiceDefinition<IntakeConfig> = {
  serviceName: INTAKE_SERVICE,
  configClass: IntakeConfig,
  rootModule: (config) => IntakeModule.forRoot(config),
  consumesEvents: true,
};
