import {
  isCaseKind,
  validateCountyExtras,
  type CaseKind,
  type CountyMaterialItem,
} from '@tongban/domain';
import { readFileSync } from 'node:fs';
import { errorMessage } from '@tongban/util';

/** Each served county's extra materials (R2, R35), in the order the county lists them. */
export type CountyMaterials = ReadonlyMap<string, readonly CountyMaterialItem[]>;

export interface ReadCountyMaterials {
  readonly materials: CountyMaterials;
  readonly problems: readonly string[];
}

/**
 * Reads the JSON file in which counties add their own materials to the one-time notification
 * list: `{ "320106": [{ "id": "COMMUNITY_PROOF", "nameZh": "…", "labelEn": "…", "kinds": ["NEW"] }] }`.
 * `kinds` is optional (all kinds). Every problem is reported, so the file is fixed in one go.
 */
export function readCountyMaterials(
  path: string,
  servedCounties: readonly string[],
): ReadCountyMaterials {
  const materials = new Map<string, CountyMaterialItem[]>();
  if (path === '') return { materials, problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = errorMessage(error);
    return { materials, problems: [`cannot read ${path}: ${reason}`] };
  }
  if (!isRecord(parsed)) {
    return { materials, problems: ['must hold an object of county code → list of materials'] };
  }
  const problems: string[] = [];
  for (const [county, list] of Object.entries(parsed)) {
    if (!servedCounties.includes(county)) {
      problems.push(`${county} is not among the counties this node serves (COUNTY_CODES)`);
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push(`${county} must list materials in an array`);
      continue;
    }
    const items = list.map((entry, index) => readItem(entry, `${county}[${index}]`, problems));
    if (items.every((item): item is CountyMaterialItem => item !== null)) {
      try {
        materials.set(county, [...validateCountyExtras(items)]);
      } catch (error) {
        problems.push(`${county}: ${errorMessage(error)}`);
      }
    }
  }
  return { materials, problems };
}

function readItem(entry: unknown, at: string, problems: string[]): CountyMaterialItem | null {
  if (!isRecord(entry)) {
    problems.push(`${at} must be an object with id, nameZh and labelEn`);
    return null;
  }
  const { id, nameZh, labelEn, kinds } = entry;
  const before = problems.length;
  for (const [field, value] of Object.entries({ id, nameZh, labelEn })) {
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${at}.${field} must be a non-empty string`);
    }
  }
  if (
    kinds !== undefined &&
    !(Array.isArray(kinds) && kinds.length > 0 && kinds.every(isCaseKind))
  ) {
    problems.push(`${at}.kinds must be a non-empty list of case kinds (NEW, MIGRATION, …)`);
  }
  if (problems.length > before) return null;
  return {
    id: id as string,
    nameZh: nameZh as string,
    labelEn: labelEn as string,
    ...(kinds === undefined ? {} : { kinds: kinds as CaseKind[] }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
