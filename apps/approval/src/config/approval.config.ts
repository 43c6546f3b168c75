import { ServiceConfig } from '@tongban/config';

/** Approval's environment: the shared service variables (it adds none of its own yet). */
export class ApprovalConfig extends ServiceConfig {}
