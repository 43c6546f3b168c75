// Fails when any service's entities and committed migrations disagree (CONVENTIONS §7).
// Usage: node -r @swc-node/register tools/migrations/check-drift.ts
import 'reflect-metadata';
import { pendingSchemaChanges } from '@tongban/persistence';
import { withMigratedScratchSchema } from './scratch-database';
import { SERVICE_PERSISTENCE } from './service-persistence.registry';

async function main(): Promise<void> {
  let drifted = 0;
  for (const [schema, persistence] of Object.entries(SERVICE_PERSISTENCE)) {
    const pending = await withMigratedScratchSchema(persistence, pendingSchemaChanges);
    if (pending.length === 0) {
      process.stdout.write(`migrations ${schema}: in step with entities\n`);
      continue;
    }
    drifted++;
    process.stdout.write(
      `migrations ${schema}: DRIFT — entities need SQL no migration contains:\n${pending.map((q) => `    ${q}`).join('\n')}\n` +
        `  fix: npm run migration:generate -- ${schema} <Name>\n`,
    );
  }
  if (drifted > 0) process.exit(1);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
