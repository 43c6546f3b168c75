import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceConfig } from '@tongban/config';
import { DataSource } from 'typeorm';
import { FieldReencryption } from './field-encryption/field-reencryption';
import { parseFieldKeyRing } from './field-encryption/field-key-ring';
import { installFieldKeyRing } from './field-encryption/installed-key-ring';
import {
  migrateServiceSchema,
  ServicePersistence,
  serviceDataSourceOptions,
} from './service-data-source';

/** The service's one DataSource, migrated before the app takes traffic. */
@Module({})
export class PersistenceModule {
  static forService(persistence: ServicePersistence): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [ServiceConfig],
          useFactory: (config: ServiceConfig) => {
            // Before the DataSource opens: its first read may be an encrypted field.
            installFieldKeyRing(
              parseFieldKeyRing(config.DATA_ENCRYPTION_KEYS, config.DATA_LOOKUP_KEY),
            );
            return serviceDataSourceOptions(config, persistence);
          },
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await migrateServiceSchema(dataSource);
            return dataSource;
          },
        }),
      ],
      providers: [FieldReencryption],
      exports: [TypeOrmModule, FieldReencryption],
    };
  }
}
