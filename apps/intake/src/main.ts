import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { IntakeConfig } from './config/intake.config';
import { INTAKE_SERVICE, IntakeModule } from './intake.module';

void runService({
  serviceName: INTAKE_SERVICE,
  configClass: IntakeConfig,
  rootModule: (config) => IntakeModule.forRoot(config),
  consumesEvents: false,
});
