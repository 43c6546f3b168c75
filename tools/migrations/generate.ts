// Writes a migration with the SQL that brings a service's schema from its committed
// migrations to its entities, computed against a scratch database (never a dirty one).
// Usage: npm run migration:generate -- <service> <PascalCaseName>
import 'reflect-metadata';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { join } from 'node:path';
import { withMigratedScratchSchema } from './scratch-database';
import { SERVICE_PERSISTENCE } from './service-persistence.registry';
import { errorMessage } from '@tongban/util';

async function main(): Promise<void> {
  const [service, name] = process.argv.slice(2);
  const persistence = SERVICE_PERSISTENCE[service ?? ''];
  if (!persistence || !name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error(
      `usage: generate <${Object.keys(SERVICE_PERSISTENCE).join('|')}> <PascalCaseName>`,
    );
  }
  const sql = await withMigratedScratchSchema(persistence, (dataSource) =>
    dataSource.driver.createSchemaBuilder().log(),
  );
  if (sql.upQueries.length === 0) {
    process.stdout.write(`${service}: entities match the migrations; nothing to generate\n`);
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const dir = join(__dirname, '../../apps', service!, 'src/migrations');
  const file = join(dir, `${timestamp}-${kebab(name)}.ts`);
  const statements = (queries: { query: string; parameters?: unknown[] }[]) =>
    queries
      .map(
        (q) =>
          `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
      )
      .join('\n');
  writeFileSync(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${statements(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${statements([...sql.downQueries].reverse())}
  }
}
`,
  );
  writeMigrationIndex(dir, service!);
  await Promise.all([file, join(dir, 'index.ts')].map(formatInPlace));
  process.stdout.write(`wrote ${file}\n`);
}

/**
 * Regenerates migrations/index.ts so the new class is registered in timestamp order, keeping
 * the migrations every service shares (imported from a library, e.g. PurgeableOutbox).
 */
function writeMigrationIndex(dir: string, service: string): void {
  const files = readdirSync(dir)
    .filter((f) => /^\d+-[a-z0-9-]+\.ts$/.test(f))
    .sort();
  const local = files.map((f) => {
    const [stamp, rest] = [f.split('-')[0], f.replace(/^\d+-/, '').replace(/\.ts$/, '')];
    return { module: `./${f.replace(/\.ts$/, '')}`, className: `${pascal(rest)}${stamp}` };
  });
  // Migrations shared from a lib, several to an import line once Prettier has merged them.
  const shared = [
    ...readFileSync(join(dir, 'index.ts'), 'utf8').matchAll(
      /^import \{ ([\w, ]+) \} from '(@tongban\/[\w-]+)';$/gm,
    ),
  ].flatMap(([, classNames, module]) =>
    classNames!.split(',').map((className) => ({ className: className.trim(), module: module! })),
  );
  const stampOf = ({ className }: { className: string }) => Number(/\d+$/.exec(className)![0]);
  const ordered = [...shared, ...local].sort((a, b) => stampOf(a) - stampOf(b));
  writeFileSync(
    join(dir, 'index.ts'),
    `${[...shared, ...local].map((i) => `import { ${i.className} } from '${i.module}';`).join('\n')}

/** Committed migrations of the ${service} schema, oldest first. */
export const ${service.toUpperCase()}_MIGRATIONS = [${ordered.map((i) => i.className).join(', ')}];
`,
  );
}

/** Generated code follows the repository's Prettier style like hand-written code. */
async function formatInPlace(file: string): Promise<void> {
  const options = await resolveConfig(file);
  writeFileSync(file, await format(readFileSync(file, 'utf8'), { ...options, filepath: file }));
}

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const pascal = (s: string) =>
  s
    .split('-')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');

main().catch((error: unknown) => {
  process.stderr.write(`${errorMessage(error)}\n`);
  process.exit(1);
});
