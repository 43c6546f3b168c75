import type { QueryRunner } from 'typeorm';

/**
 * Rewrites the values of a text column from one vocabulary to another in one statement, for a
 * migration that renames states; values the map does not name are left as they are.
 */
export async function remapColumnValues(
  queryRunner: QueryRunner,
  table: string,
  column: string,
  map: Readonly<Record<string, string>>,
): Promise<void> {
  await queryRunner.query(
    `UPDATE ${table} SET "${column}" = COALESCE($1::jsonb ->> "${column}", "${column}")`,
    [JSON.stringify(map)],
  );
}

/** The inverse of a value map, for a migration's down(). */
export function invertValueMap(map: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([from, to]) => [to, from]));
}
