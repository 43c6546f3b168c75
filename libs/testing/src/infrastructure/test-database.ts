import { Client } from 'pg';
import { infrastructureEnv } from './test-environment';

/** Refuses to touch a database whose name does not say it is for tests. */
export function assertTestDatabaseName(name: string): void {
  if (!/^[a-z0-9_]*test[a-z0-9_]*$/.test(name)) {
    throw new Error(
      `refusing to create or drop "${name}": test database names must contain "test"`,
    );
  }
}

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const env = infrastructureEnv();
  const client = new Client({
    host: env.DATABASE_HOST,
    port: Number(env.DATABASE_PORT),
    user: env.DATABASE_USER,
    password: env.DATABASE_PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database for one test file. */
export async function createTestDatabase(name: string): Promise<void> {
  assertTestDatabaseName(name);
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
}

/** Drops a test database, closing whatever connections a test left behind. */
export async function dropTestDatabase(name: string): Promise<void> {
  assertTestDatabaseName(name);
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
