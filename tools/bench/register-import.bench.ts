import 'reflect-metadata';
import { MESSAGING_ENTITIES } from '@tongban/messaging';
import {
  installFieldKeyRing,
  migrateServiceSchema,
  parseFieldKeyRing,
  serviceDataSourceOptions,
} from '@tongban/persistence';
import { importRegister, ImportProgress, PRINTING_PERSISTENCE } from '@tongban/printing';
import { createTestDatabase, dropTestDatabase, infrastructureEnv } from '@tongban/testing';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { writeSyntheticRegister } from './synthetic-register';

/**
 * Benchmark of the county register import (issue 7 item 3): generates N synthetic rows
 * (default 1,000,000, a few bad ones among them), imports them into a fresh test database,
 * prints rows/s and total time, then imports the same file again (idempotency cost). Prints
 * figures only; nothing here asserts a time.
 *
 *   source .infra/env && npm run bench:register-import -- [--rows 1000000]
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' } } });
  const rows = Number(values.rows);
  const county = '110105';
  const dir = mkdtempSync(join(tmpdir(), 'bench-register-'));
  const file = join(dir, 'register.csv');
  const database = `tongban_bench_test_${randomBytes(4).toString('hex')}`;

  const generatedAt = Date.now();
  const bad = await writeSyntheticRegister(file, { rows, county, badEvery: 100_000 });
  const mb = (statSync(file).size / 1e6).toFixed(1);
  console.log(`generated ${rows} rows (${bad} bad) in ${seconds(generatedAt)} s, ${mb} MB`);

  await createTestDatabase(database);
  // A node's keys: the import seals every number and ID and hashes the numbers for its merge.
  const aKey = () => randomBytes(32).toString('base64');
  installFieldKeyRing(parseFieldKeyRing(`bench:${aKey()}`, aKey()));
  const env = infrastructureEnv();
  const dataSource = await new DataSource(
    serviceDataSourceOptions(
      {
        DATABASE_HOST: env.DATABASE_HOST,
        DATABASE_PORT: Number(env.DATABASE_PORT),
        DATABASE_USER: env.DATABASE_USER,
        DATABASE_PASSWORD: env.DATABASE_PASSWORD,
        DATABASE_NAME: database,
        DATABASE_POOL_SIZE: 2,
      },
      {
        schema: 'printing',
        entities: [...PRINTING_PERSISTENCE.entities, ...MESSAGING_ENTITIES],
        migrations: PRINTING_PERSISTENCE.migrations,
      },
    ),
  ).initialize();
  try {
    await migrateServiceSchema(dataSource);
    for (const label of ['first import', 're-run (idempotent)']) {
      // This process's CPU (parse, seal, hash), apart from PostgreSQL's: steadier on a busy machine.
      const cpuBefore = process.cpuUsage();
      const { rejectedRows: _rejected, ...summary } = await importRegister(dataSource, {
        file,
        servedCounties: [county],
        progress: new ImportProgress(),
      });
      console.log(
        `${label}: ${summary.rows} rows in ${summary.seconds.toFixed(1)} s = ${summary.rowsPerSecond} rows/s` +
          ` (imported ${summary.imported}, unchanged ${summary.unchanged}, rejected ${summary.rejected});` +
          ` ${cpuSeconds(process.cpuUsage(cpuBefore))} s of CPU in Node`,
      );
    }
  } finally {
    await dataSource.destroy();
    await dropTestDatabase(database);
    rmSync(dir, { recursive: true, force: true });
  }
}

function cpuSeconds({ user, system }: NodeJS.CpuUsage): string {
  return ((user + system) / 1e6).toFixed(1);
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
