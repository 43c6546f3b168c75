import { ServiceConfig } from '@tongban/config';

/** Archive's environment: the shared service variables (it adds none of its own yet). */
export class ArchiveConfig extends ServiceConfig {}
