import { ServiceConfig } from '@tongban/config';

/** Assessment's environment: the shared service variables (it adds none of its own yet). */
export class AssessmentConfig extends ServiceConfig {}
