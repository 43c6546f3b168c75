import { DynamicModule, Module } from '@nestjs/common';
import { ServiceRuntimeModule } from '@tongban/runtime';
import { ArchiveConfig } from './config/archive.config';
import { ARCHIVE_PERSISTENCE } from './archive.persistence';
import { EArchiveModule } from './e-archive/e-archive.module';
import { FixityModule } from './fixity/fixity.module';
import { PaperOriginalsModule } from './paper-originals/paper-originals.module';

export const ARCHIVE_SERVICE = 'archive';

/** Archive: the holders' e-archives, the paper originals' register and the fixity audit (R19, R30). */
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
        EArchiveModule,
        FixityModule,
        PaperOriginalsModule,
      ],
    };
  }
}
