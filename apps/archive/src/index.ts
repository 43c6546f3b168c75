// What composes this service from outside (end-to-end tests, tools): never other services.
export { ArchiveConfig } from './config/archive.config';
export { ARCHIVE_DEFINITION } from './archive.definition';
export { ARCHIVE_PERSISTENCE } from './archive.persistence';
