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

/**
 * The schema of the service a migration runs for, for the migrations every service shares
 * (one class listed by each, instead of a copy per service).
 */
export function serviceSchemaOf(queryRunner: QueryRunner): string {
  const schema = (queryRunner.connection.options as { schema?: string }).schema;
  if (!schema || !/^[a-z_]+$/.test(schema))
    throw new Error(`service schema "${schema}" must be lowercase letters`);
  return schema;
}
