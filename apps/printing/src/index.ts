// What composes this service from outside (end-to-end tests, tools): never other services.
export { PrintingConfig } from './config/printing.config';
export { PRINTING_PERSISTENCE } from './printing.persistence';
export { PRINTING_SERVICE, PrintingModule } from './printing.module';
