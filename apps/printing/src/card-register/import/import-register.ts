import { chinaLocalDateOf, type LocalDate } from '@tongban/domain';
import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { DataSource } from 'typeorm';
import { ImportProgress } from './import-progress';
import {
  isRejected,
  parseRegisterRow,
  type ImportedCard,
  type RejectedRow,
  type RowValues,
} from './parse-register-row';
import { REGISTER_COLUMNS, type RegisterColumn } from './register-csv-layout';
import { RegisterStaging } from './register-staging';

/** What to import, for which node. */
export interface ImportRegisterOptions {
  readonly file: string;
  /** R11: the counties the node serves (COUNTY_CODES). */
  readonly servedCounties: readonly string[];
  /** Today in China; defaults to the system clock. */
  readonly asOf?: LocalDate;
  readonly batchSize?: number;
  readonly progress?: ImportProgress;
}

/** The outcome; the rejected rows go to the operator's rejects file. */
export interface ImportRegisterSummary {
  readonly file: string;
  readonly rows: number;
  readonly imported: number;
  readonly unchanged: number;
  readonly duplicatesInFile: number;
  readonly rejected: number;
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly rejectedRows: readonly RejectedRow[];
}

/** A file the import cannot read at all (header wrong): nothing was changed. */
export class RegisterFileError extends Error {
  override readonly name = 'RegisterFileError';
}

const LOCK_KEY = 'tongban-printing-register-import';

/**
 * Loads a county's existing card register from its CSV export (cards issued before this
 * system): streams and checks every row, stages the valid ones in batches and merges them with
 * set-based SQL in one transaction, so a failure leaves nothing half-imported and a re-run
 * changes nothing. Publishes no events: importing is not a change of status.
 */
export async function importRegister(
  dataSource: DataSource,
  options: ImportRegisterOptions,
): Promise<ImportRegisterSummary> {
  const asOf = options.asOf ?? chinaLocalDateOf(new Date());
  const context = { asOf, servedCounties: new Set(options.servedCounties) };
  const batchSize = options.batchSize ?? 5000;
  const progress = options.progress ?? new ImportProgress();
  const rejected: RejectedRow[] = [];
  let rows = 0;

  const merged = await dataSource.transaction(async (manager) => {
    // Two imports at once would each find the other's rows absent; one waits for the other.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [LOCK_KEY]);
    const staging = new RegisterStaging(manager);
    await staging.assertRegisterHashed();
    await staging.create();
    const parser = createReadStream(options.file).pipe(
      parse({
        bom: true,
        trim: true,
        skip_empty_lines: true,
        relax_column_count: true,
        info: true,
        skip_records_with_error: true,
      }),
    );
    parser.on('skip', (error: Error & { lines?: number }) => {
      rejected.push({
        line: error.lines ?? 0,
        cardNumber: '',
        problems: [{ field: 'row', rule: 'CSV', reason: `row: not valid CSV (${error.message})` }],
      });
    });
    let header: RegisterColumn[] | undefined;
    let batch: ImportedCard[] = [];
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!header) {
        header = readHeader(record);
        continue;
      }
      rows += 1;
      progress.tick(rows);
      const values = valuesOf(header, record, info.lines, rejected);
      if (!values) continue;
      const row = parseRegisterRow(info.lines, values, context);
      if (isRejected(row)) {
        rejected.push(row);
      } else {
        batch.push(row);
        if (batch.length >= batchSize) {
          await staging.append(batch);
          batch = [];
        }
      }
    }
    if (!header) throw new RegisterFileError('the file is empty: expected a header row');
    await staging.append(batch);
    return staging.merge({
      on: asOf,
      reason: `imported from the county register export ${basename(options.file)}`,
    });
  });

  rejected.push(...merged.rejected);
  const seconds = progress.elapsedSeconds();
  return {
    file: options.file,
    rows,
    imported: merged.imported,
    unchanged: merged.unchanged,
    duplicatesInFile: merged.duplicatesInFile,
    rejected: rejected.length,
    seconds,
    rowsPerSecond: progress.rate(rows),
    rejectedRows: rejected,
  };
}

function readHeader(record: readonly string[]): RegisterColumn[] {
  const known = new Set<string>(REGISTER_COLUMNS.map((c) => c.name));
  const names = record.map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => !known.has(name));
  const missing = REGISTER_COLUMNS.filter((c) => c.required && !names.includes(c.name)).map(
    (c) => c.name,
  );
  if (unknown.length > 0 || missing.length > 0) {
    throw new RegisterFileError(
      `header: ${[
        unknown.length > 0 ? `unknown column(s) ${unknown.join(', ')}` : '',
        missing.length > 0 ? `missing column(s) ${missing.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ')} (see --help for the layout)`,
    );
  }
  return names as RegisterColumn[];
}

/** The row's values by column; a row with the wrong number of fields is refused whole. */
function valuesOf(
  header: readonly RegisterColumn[],
  record: readonly string[],
  line: number,
  rejected: RejectedRow[],
): RowValues | undefined {
  if (record.length !== header.length) {
    rejected.push({
      line,
      cardNumber: record[header.indexOf('card_number')] ?? '',
      problems: [
        {
          field: 'row',
          rule: 'CSV',
          reason: `row: ${record.length} fields, the header has ${header.length}`,
        },
      ],
    });
    return undefined;
  }
  const values: Partial<Record<RegisterColumn, string>> = {};
  header.forEach((column, i) => (values[column] = record[i]));
  return values;
}
