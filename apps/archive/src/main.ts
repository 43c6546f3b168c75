import 'reflect-metadata';
import { runService } from '@tongban/runtime';
import { ArchiveConfig } from './config/archive.config';
import { ARCHIVE_SERVICE, ArchiveModule } from './archive.module';

void runService({
  serviceName: ARCHIVE_SERVICE,
  configClass: ArchiveConfig,
  rootModule: (config) => ArchiveModule.forRoot(config),
  consumesEvents: false,
});
