import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DocumentStore } from './document-store';
import { S3StorageDriver } from './drivers/s3-storage.driver';
import { StorageDriver } from './drivers/storage-driver';
import { StorageHealthIndicator } from './health/storage.health';

/** The node's document store over S3-compatible storage. */
@Global()
@Module({
  imports: [TerminusModule],
  providers: [
    { provide: StorageDriver, useClass: S3StorageDriver },
    DocumentStore,
    StorageHealthIndicator,
  ],
  exports: [DocumentStore, StorageHealthIndicator],
})
export class StorageModule {}
