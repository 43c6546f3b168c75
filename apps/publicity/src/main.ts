import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { PublicityConfig } from './config/publicity.config';
import { PUBLICITY_SERVICE, PublicityModule } from './publicity.module';

void runService({
  serviceName: PUBLICITY_SERVICE,
  configClass: PublicityConfig,
  rootModule: (config) => PublicityModule.forRoot(config),
  consumesEvents: false,
});
