import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { PrintingConfig } from './config/printing.config';
import { PRINTING_SERVICE, PrintingModule } from './printing.module';

void runService({
  serviceName: PRINTING_SERVICE,
  configClass: PrintingConfig,
  rootModule: (config) => PrintingModule.forRoot(config),
  consumesEvents: false,
});
