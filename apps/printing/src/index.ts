// What composes this service from outside (end-to-end tests, tools): never other services.
export { PrintingConfig } from './config/printing.config';
export { PRINTING_DEFINITION } from './printing.definition';
export { PRINTING_PERSISTENCE } from './printing.persistence';
export { importRegister } from './card-register/import/import-register';
export { ImportProgress } from './card-register/import/import-progress';
export { Certificate } from './certificates/certificate.entity';
