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

/**
 * Gives columns the text type an encrypted column has, keeping their values (JSON as its text):
 * FieldReencryption then encrypts those rows in the background with the node's data key, which
 * a migration never holds.
 */
export async function retypeForEncryption(
  queryRunner: QueryRunner,
  table: string,
  columns: readonly string[],
): Promise<void> {
  for (const column of columns)
    await queryRunner.query(
      `ALTER TABLE ${table} ALTER COLUMN "${column}" TYPE text USING "${column}"::text`,
    );
}

/**
 * The inverse, for a migration's down(): only while no value is encrypted yet, since a
 * migration cannot decrypt (the key stays outside the database).
 */
export async function retypeFromEncryption(
  queryRunner: QueryRunner,
  table: string,
  columns: Readonly<Record<string, string>>,
): Promise<void> {
  for (const [column, type] of Object.entries(columns)) {
    const [{ encrypted }] = await queryRunner.query(
      `SELECT count(*)::int AS encrypted FROM ${table} WHERE "${column}" LIKE 'enc:v1:%'`,
    );
    if (encrypted > 0)
      throw new Error(
        `${table}.${column}: ${encrypted} values are encrypted; a migration cannot decrypt them back to ${type}`,
      );
    await queryRunner.query(
      `ALTER TABLE ${table} ALTER COLUMN "${column}" TYPE ${type} USING "${column}"::${type}`,
    );
  }
}
