import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceConfig } from '@tongban/config';
import { DataSource } from 'typeorm';
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
          useFactory: (config: ServiceConfig) => serviceDataSourceOptions(config, persistence),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await migrateServiceSchema(dataSource);
            return dataSource;
          },
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
