import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@tongban/config';
import { MESSAGING_ENTITIES } from '@tongban/messaging';
import {
  FieldReencryption,
  installFieldKeyRing,
  migrateServiceSchema,
  parseFieldKeyRing,
  serviceDataSourceOptions,
} from '@tongban/persistence';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { PrintingConfig } from '../../config/printing.config';
import { PRINTING_PERSISTENCE } from '../../printing.persistence';
import { importRegister, RegisterFileError } from './import-register';
import { describeRegisterLayout } from './register-csv-layout';
import { writeRejectsFile } from './rejects-file';
import { errorMessage } from '@tongban/util';

const HELP = `Imports a county's existing card register (cards issued before this system) into printing.

usage: npm run register:import -- <export.csv> [--rejects <path>]

Connects with the printing service's configuration (DATABASE_*, NODE_ID, COUNTY_CODES and the
other printing variables), applies printing's migrations first, then imports every valid row in
one transaction. Re-running the same file changes nothing. No events are published: importing is
not a change of status.

The file: UTF-8 CSV, comma-separated, a header row naming these columns (any order):
${describeRegisterLayout()}

Refused rows go to the rejects file (default <export>.rejects.csv: line, card_number, field,
rule, reason); a row with the same number as a card already registered but different data is
refused, the same data is counted unchanged. Progress (rows/s) goes to stderr, the summary as
JSON to stdout. Exit code 0 when every row was imported or unchanged, 1 when some were refused,
2 when the file or configuration could not be used (nothing changed).
`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { rejects: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const file = positionals[0];
  if (values.help || !file) {
    process.stdout.write(HELP);
    return values.help ? 0 : 2;
  }
  const config = loadConfig(PrintingConfig, process.env);
  // The register stores numbers encrypted under the node's data key, found by its lookup key.
  installFieldKeyRing(parseFieldKeyRing(config.DATA_ENCRYPTION_KEYS, config.DATA_LOOKUP_KEY));
  const dataSource = await new DataSource(
    serviceDataSourceOptions(config, {
      schema: 'printing',
      entities: [...PRINTING_PERSISTENCE.entities, ...MESSAGING_ENTITIES],
      migrations: PRINTING_PERSISTENCE.migrations,
    }),
  ).initialize();
  try {
    await migrateServiceSchema(dataSource);
    await encryptRowsFromBefore(dataSource, config);
    const { rejectedRows, ...summary } = await importRegister(dataSource, {
      file,
      servedCounties: config.COUNTY_CODES,
    });
    const rejectsFile = values.rejects ?? `${file}.rejects.csv`;
    await writeRejectsFile(rejectsFile, rejectedRows);
    // The summary names the file and counts only: no card numbers on the console (R32).
    process.stdout.write(
      `${JSON.stringify({ ...summary, file: basename(file), rejectsFile }, null, 2)}\n`,
    );
    return summary.rejected > 0 ? 1 : 0;
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Does the service's background re-encryption now, for rows written before the register was
 * encrypted: the merge finds register cards by their number's hash, which those rows lack.
 */
async function encryptRowsFromBefore(
  dataSource: DataSource,
  config: PrintingConfig,
): Promise<void> {
  // Its progress lines would mix into the JSON summary on stdout.
  Logger.overrideLogger(false);
  const reencryption = new FieldReencryption(dataSource, config);
  while ((await reencryption.reencryptBatch()) > 0);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // RegisterFileError and ConfigError name the column or variable, never a card number.
    const message = errorMessage(error);
    const kind = error instanceof RegisterFileError ? 'the file' : 'the import';
    process.stderr.write(`register import failed (${kind}), nothing changed: ${message}\n`);
    process.exit(2);
  },
);
