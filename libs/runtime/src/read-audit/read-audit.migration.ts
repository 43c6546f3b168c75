import { serviceSchemaOf } from '@tongban/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read audit table (ReadAuditEntry) in a service's own schema. One class for every
 * service, so each lists it instead of a copy of it.
 */
export class ReadAudit1796305546426 implements MigrationInterface {
  name = 'ReadAudit1796305546426';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = serviceSchemaOf(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "${schema}"."read_audit" ("sequence" BIGSERIAL NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL, "staff_id" text NOT NULL, "role" text NOT NULL, "county" text NOT NULL, "case_id" uuid, "subject" text NOT NULL, "fields" text array NOT NULL, "method" text NOT NULL, "path" text NOT NULL, "client_address" text, CONSTRAINT "PK_read_audit_sequence" PRIMARY KEY ("sequence"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "read_audit_county_read_at" ON "${schema}"."read_audit" ("county", "read_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "read_audit_case" ON "${schema}"."read_audit" ("case_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${serviceSchemaOf(queryRunner)}"."read_audit"`);
  }
}
