import { ServiceConfig } from '@tongban/config';

/** Monitor's environment: the shared service variables (it adds none of its own yet). */
export class MonitorConfig extends ServiceConfig {}
