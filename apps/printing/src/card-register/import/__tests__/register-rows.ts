import { residentIdCheckCharacter } from '@tongban/domain';
import { writeFileSync } from 'node:fs';

/** A valid resident ID number of someone born in 1960 + n days (region 110105). */
export function idNumberFor(n: number): string {
  const birth = new Date(Date.UTC(1960, 0, 1 + Math.floor(n / 1000)));
  const digits = birth.toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `110105${digits}${String(n % 1000).padStart(3, '0')}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
}

export const HEADER =
  'card_number,holder_id_number,category,level,issued_on,valid_from,valid_through,assessment_method,issuing_county_code,validity_basis,impairments,status,status_changed_on';

/** A valid export row: physical (4), level 2, issued 2015-06-01 with R13's ten years. */
export function registerRow(n: number, county: string, overrides: Record<string, string> = {}) {
  const id = idNumberFor(n);
  const row: Record<string, string> = {
    card_number: `${id}42`,
    holder_id_number: id,
    category: 'PHYSICAL',
    level: '2',
    issued_on: '2015-06-01',
    valid_from: '2015-06-01',
    valid_through: '2025-05-31',
    assessment_method: 'STANDARD',
    issuing_county_code: county,
    validity_basis: '',
    impairments: '',
    status: '',
    status_changed_on: '',
    ...overrides,
  };
  return HEADER.split(',')
    .map((column) => row[column])
    .join(',');
}

/** Writes an export with the header and these lines; returns its path. */
export function writeExport(path: string, lines: readonly string[]): string {
  writeFileSync(path, `${[HEADER, ...lines].join('\n')}\n`);
  return path;
}
