import { loadConfig, ServiceConfig } from '@tongban/config';
import {
  migrateServiceSchema,
  ServicePersistence,
  serviceDataSourceOptions,
} from '@tongban/persistence';
import {
  createTestDatabase,
  dropTestDatabase,
  FIXED_DATA_KEYS,
  infrastructureEnv,
} from '@tongban/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

/**
 * Runs `work` against a service's schema in a brand-new database with all committed
 * migrations applied — never a developer's dirty database.
 */
export async function withMigratedScratchSchema<T>(
  persistence: ServicePersistence,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const database = `tongban_test_migrations_${randomBytes(4).toString('hex')}`;
  await createTestDatabase(database);
  const config = loadConfig(ServiceConfig, {
    ...infrastructureEnv(),
    NODE_ID: 'migrations',
    COUNTY_CODES: '000000',
    HTTP_PORT: '1',
    STAFF_TOKEN_SECRET: 'unused-staff-token-secret-0000000000000',
    ...FIXED_DATA_KEYS,
    DATABASE_NAME: database,
  });
  const dataSource = new DataSource(serviceDataSourceOptions(config, persistence));
  try {
    await dataSource.initialize();
    await migrateServiceSchema(dataSource);
    return await work(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await dropTestDatabase(database);
  }
}
