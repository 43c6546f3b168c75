import { ServiceConfig } from '@tongban/config';

/** Publicity's environment: the shared service variables (it adds none of its own yet). */
export class PublicityConfig extends ServiceConfig {}
