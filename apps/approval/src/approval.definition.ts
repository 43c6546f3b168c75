import { ServiceDefinition } from '@tongban/runtime';
import { ApprovalConfig } from './config/approval.config';
import { APPROVAL_SERVICE, ApprovalModule } from './approval.module';

/** How approval is run: by its main.ts, by tests and by tools. */
export const APPROVAL_DEFINITION: ServiceDefinition<ApprovalConfig> = {
  serviceName: APPROVAL_SERVICE,
  configClass: ApprovalConfig,
  rootModule: (config) => ApprovalModule.forRoot(config),
  consumesEvents: true,
};
