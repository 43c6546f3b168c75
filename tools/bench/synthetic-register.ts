import { residentIdCheckCharacter, validityFrom, type LocalDate } from '@tongban/domain';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

const HEADER =
  'card_number,holder_id_number,category,level,issued_on,valid_from,valid_through,assessment_method,issuing_county_code';

const DAY_MS = 86_400_000;
const BIRTH_BASE = Date.UTC(1940, 0, 1);
const ISSUE_BASE = Date.UTC(2010, 0, 1);

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Writes a synthetic county register export of `rows` valid cards (real check characters,
 * distinct numbers: 1,000 sequence codes per birth date) plus one bad row every `badEvery`
 * rows (wrong check character, category not matching the number, or an unreal date).
 * Returns how many bad rows it wrote.
 */
export async function writeSyntheticRegister(
  path: string,
  options: { rows: number; county: string; badEvery: number },
): Promise<number> {
  const out = createWriteStream(path);
  out.write(`${HEADER}\n`);
  let bad = 0;
  for (let i = 0; i < options.rows; i++) {
    const birth = isoDate(BIRTH_BASE + Math.floor(i / 1000) * DAY_MS).replace(/-/g, '');
    const first17 = `${options.county}${birth}${String(i % 1000).padStart(3, '0')}`;
    const id = `${first17}${residentIdCheckCharacter(first17)}`;
    const category = 1 + (i % 7);
    const level = 1 + (i % 4);
    const issuedMs = ISSUE_BASE + (i % 5000) * DAY_MS;
    const validFrom = isoDate(issuedMs) as LocalDate;
    const { validThrough } = validityFrom(validFrom); // R13
    let fields = [
      `${id}${category}${level}`,
      id,
      String(category),
      String(level),
      validFrom,
      validFrom,
      validThrough,
      i % 3 === 0 ? 'VISUAL' : 'STANDARD',
      options.county,
    ];
    if (i % options.badEvery === options.badEvery - 1) {
      bad += 1;
      const wrongCheck = `${first17}${id.endsWith('0') ? '1' : '0'}`;
      fields = [
        [`${wrongCheck}${category}${level}`, wrongCheck, ...fields.slice(2)],
        [fields[0]!, id, String(1 + (category % 7)), ...fields.slice(3)],
        [...fields.slice(0, 4), '2019-02-30', ...fields.slice(5)],
      ][bad % 3]!;
    }
    if (!out.write(`${fields.join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
  return bad;
}
