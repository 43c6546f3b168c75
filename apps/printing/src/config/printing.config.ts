import { ServiceConfig } from '@tongban/config';

/** Printing's environment: the shared service variables (it adds none of its own yet). */
export class PrintingConfig extends ServiceConfig {}
