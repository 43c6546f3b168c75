import { DynamicModule, Module } from '@nestjs/common';
import { ServiceRuntimeModule } from '@tongban/runtime';
import { ArchiveConfig } from './config/archive.config';
import { ARCHIVE_PERSISTENCE } from './archive.persistence';

export const ARCHIVE_SERVICE = 'archive';

/** Archive: paper-where-produced registry, e-copies with fixity and transfers between counties (R19, R30). */
@Module({})
export class ArchiveModule {
  static forRoot(config: ArchiveConfig): DynamicModule {
    return {
      module: ArchiveModule,
      imports: [
        ServiceRuntimeModule.forService({
          serviceName: ARCHIVE_SERVICE,
          config,
          ...ARCHIVE_PERSISTENCE,
        }),
      ],
    };
  }
}
