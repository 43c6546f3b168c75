import { ServiceConfig } from '@tongban/config';

/** Intake's environment: the shared service variables (it adds none of its own yet). */
export class IntakeConfig extends ServiceConfig {}
