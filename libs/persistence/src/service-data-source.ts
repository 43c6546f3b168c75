import { ServiceConfig } from '@tongban/config';
import { DataSource, DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** What one service persists: its schema (owned by it alone), entities and migrations. */
export interface ServicePersistence {
  /** PostgreSQL schema owned by the service; no other service reads it. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
  migrations: MixedList<Function | string>;
}

/** DataSource options of one service: its own schema, committed migrations, never `synchronize`. */
export function serviceDataSourceOptions(
  config: Pick<
    ServiceConfig,
    | 'DATABASE_HOST'
    | 'DATABASE_PORT'
    | 'DATABASE_USER'
    | 'DATABASE_PASSWORD'
    | 'DATABASE_NAME'
    | 'DATABASE_POOL_SIZE'
  >,
  persistence: ServicePersistence,
): DataSourceOptions {
  return {
    type: 'postgres',
    host: config.DATABASE_HOST,
    port: config.DATABASE_PORT,
    username: config.DATABASE_USER,
    password: config.DATABASE_PASSWORD,
    database: config.DATABASE_NAME,
    schema: persistence.schema,
    entities: persistence.entities,
    migrations: persistence.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'all',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: config.DATABASE_POOL_SIZE, application_name: `tongban-${persistence.schema}` },
  };
}

/**
 * Creates the service's schema if needed and applies pending migrations. An advisory lock
 * keeps two instances of the same service from migrating at once.
 */
export async function migrateServiceSchema(dataSource: DataSource): Promise<void> {
  const schema = serviceSchemaOf(dataSource);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`tongban-migrate-${schema}`]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`tongban-migrate-${schema}`]);
    await runner.release();
  }
}

/**
 * SQL that TypeORM would still run to match the entities after all migrations: empty when
 * entities and committed migrations agree. CI fails on anything else.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();
  return sqlInMemory.upQueries.map((query) => query.query);
}

function serviceSchemaOf(dataSource: DataSource): string {
  const schema = (dataSource.options as { schema?: string }).schema;
  if (!schema || !/^[a-z_]+$/.test(schema))
    throw new Error(`service schema "${schema}" must be lowercase letters`);
  return schema;
}
