import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { RejectedRow } from './parse-register-row';

/**
 * Writes refused rows as CSV (line, card_number, field, rule, reason), one line per problem. An
 * operator file: it names card numbers so the county can fix its source; never logged.
 */
export async function writeRejectsFile(path: string, rows: readonly RejectedRow[]): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  out.write('line,card_number,field,rule,reason\n');
  const sorted = [...rows].sort((a, b) => a.line - b.line);
  for (const row of sorted) {
    for (const problem of row.problems) {
      const fields = [
        String(row.line),
        row.cardNumber,
        problem.field,
        problem.rule,
        problem.reason,
      ];
      if (!out.write(`${fields.map(csvField).join(',')}\n`)) {
        await once(out, 'drain');
      }
    }
  }
  out.end();
  await finished(out);
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
