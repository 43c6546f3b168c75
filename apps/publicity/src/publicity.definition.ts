import { ServiceDefinition } from '@tongban/runtime';
import { PublicityConfig } from './config/publicity.config';
import { PUBLICITY_SERVICE, PublicityModule } from './publicity.module';

/** How publicity is run: by its main.ts, by tests and by tools. */
export const PUBLICITY_DEFINITION: ServiceDefinition<PublicityConfig> = {
  serviceName: PUBLICITY_SERVICE,
  configClass: PublicityConfig,
  rootModule: (config) => PublicityModule.forRoot(config),
  consumesEvents: true,
};
