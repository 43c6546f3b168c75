import { ServiceDefinition } from '@tongban/runtime';
import { ArchiveConfig } from './config/archive.config';
import { ARCHIVE_SERVICE, ArchiveModule } from './archive.module';

/** How archive is run: by its main.ts, by tests and by tools. */
export const ARCHIVE_DEFINITION: ServiceDefinition<ArchiveConfig> = {
  serviceName: ARCHIVE_SERVICE,
  configClass: ArchiveConfig,
  rootModule: (config) => ArchiveModule.forRoot(config),
  consumesEvents: true,
};
