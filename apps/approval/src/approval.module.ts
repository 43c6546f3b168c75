import { DynamicModule, Module } from '@nestjs/common';
import { ServiceRuntimeModule } from '@tongban/runtime';
import { ApprovalCasesModule } from './approval-cases/approval-cases.module';
import { ApprovalConfig } from './config/approval.config';
import { APPROVAL_PERSISTENCE } from './approval.persistence';

export const APPROVAL_SERVICE = 'approval';

/** Approval at the hukou county: jurisdiction check, review and decision (R11, R27, R30). */
@Module({})
export class ApprovalModule {
  static forRoot(config: ApprovalConfig): DynamicModule {
    return {
      module: ApprovalModule,
      imports: [
        ServiceRuntimeModule.forService({
          serviceName: APPROVAL_SERVICE,
          config,
          ...APPROVAL_PERSISTENCE,
        }),
        ApprovalCasesModule,
      ],
    };
  }
}
