export * from './document-store';
export * from './drivers/s3-storage.driver';
export * from './drivers/storage-driver';
export * from './health/storage.health';
export * from './storage.module';
export * from './content';
