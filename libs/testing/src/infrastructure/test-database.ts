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

async function withClientOf<T>(database: string, work: (client: Client) => Promise<T>): Promise<T> {
  const env = infrastructureEnv();
  const client = new Client({
    host: env.DATABASE_HOST,
    port: Number(env.DATABASE_PORT),
    user: env.DATABASE_USER,
    password: env.DATABASE_PASSWORD,
    database,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const withAdminClient = <T>(work: (client: Client) => Promise<T>) => withClientOf('postgres', work);

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

/**
 * Every row of every table of a test database as PostgreSQL prints it (`row::text`), for specs
 * that look at what is stored the way someone with a copy of the database would.
 */
export async function tableTexts(name: string): Promise<{ table: string; text: string }[]> {
  assertTestDatabaseName(name);
  return withClientOf(name, async (client) => {
    const { rows: tables } = await client.query<{ schema: string; table: string }>(
      `SELECT table_schema AS schema, table_name AS table FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    const texts: { table: string; text: string }[] = [];
    for (const { schema, table } of tables) {
      const { rows } = await client.query<{ text: string }>(
        `SELECT t::text AS text FROM "${schema}"."${table}" t`,
      );
      for (const { text } of rows) texts.push({ table: `${schema}.${table}`, text });
    }
    return texts;
  });
}
