import { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxTableOf } from './outbox-table';

/**
 * Published outbox rows lose their payload after the retention period (OutboxPurge): the
 * envelope may be null, and a partial index finds the rows still holding one. The same step for
 * every service's own schema, so each lists this one class instead of a copy of it.
 */
export class PurgeableOutbox1796289612434 implements MigrationInterface {
  name = 'PurgeableOutbox1796289612434';

  async up(queryRunner: QueryRunner): Promise<void> {
    const table = outboxTableOf(queryRunner);
    await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN "envelope" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "outbox_message_purgeable" ON ${table} ("published_at") WHERE "published_at" IS NOT NULL AND "envelope" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = outboxTableOf(queryRunner);
    const schema = table.split('.')[0];
    await queryRunner.query(`DROP INDEX ${schema}."outbox_message_purgeable"`);
    await queryRunner.query(`DELETE FROM ${table} WHERE "envelope" IS NULL`);
    await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN "envelope" SET NOT NULL`);
  }
}
