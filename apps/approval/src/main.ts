import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { ApprovalConfig } from './config/approval.config';
import { APPROVAL_SERVICE, ApprovalModule } from './approval.module';

void runService({
  serviceName: APPROVAL_SERVICE,
  configClass: ApprovalConfig,
  rootModule: (config) => ApprovalModule.forRoot(config),
  consumesEvents: false,
});
