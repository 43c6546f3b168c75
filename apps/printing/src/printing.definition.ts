import { ServiceDefinition } from '@tongban/runtime';
import { PrintingConfig } from './config/printing.config';
import { PRINTING_SERVICE, PrintingModule } from './printing.module';

/** How printing is run: by its main.ts, by tests and by tools. */
export const PRINTING_DEFINITION: ServiceDefinition<PrintingConfig> = {
  serviceName: PRINTING_SERVICE,
  configClass: PrintingConfig,
  rootModule: (config) => PrintingModule.forRoot(config),
  consumesEvents: true,
};
