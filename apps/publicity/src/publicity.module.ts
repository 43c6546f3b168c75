import { DynamicModule, Module } from '@nestjs/common';
import { ServiceRuntimeModule } from '@tongban/runtime';
import { PublicityConfig } from './config/publicity.config';
import { PUBLICITY_PERSISTENCE } from './publicity.persistence';
import { PublicityCasesModule } from './publicity-cases/publicity-cases.module';

export const PUBLICITY_SERVICE = 'publicity';

/** Publicity: the 公示 of assessment conclusions at the residence county (R10, R26). Features arrive with the new-certificate flow. */
@Module({})
export class PublicityModule {
  static forRoot(config: PublicityConfig): DynamicModule {
    return {
      module: PublicityModule,
      imports: [
        ServiceRuntimeModule.forService({
          serviceName: PUBLICITY_SERVICE,
          config,
          ...PUBLICITY_PERSISTENCE,
        }),
        PublicityCasesModule,
      ],
    };
  }
}
