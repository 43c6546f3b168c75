import { MigrationInterface, QueryRunner } from 'typeorm';

export class KeyRegistry1796689822588 implements MigrationInterface {
  name = 'KeyRegistry1796689822588';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "monitor"."county_key" ("key_id" text NOT NULL, "county" text NOT NULL, "use" text NOT NULL, "public_key" text NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "registered_by" text NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revocation_reason" text, "revoked_by" text, CONSTRAINT "PK_975306ca4cb51d39848b8356ca1" PRIMARY KEY ("key_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "county_key_county" ON "monitor"."county_key" ("county") ',
    );
    await queryRunner.query(
      'CREATE TABLE "monitor"."key_registry_state" ("id" smallint NOT NULL, "sequence" bigint NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e3fbb1dd5b7a5124ff65a1605ad" PRIMARY KEY ("id"))',
    );
    // The one row every change locks; nothing published yet.
    await queryRunner.query(
      'INSERT INTO "monitor"."key_registry_state" ("id", "sequence") VALUES (1, 0)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "monitor"."key_registry_state"');
    await queryRunner.query('DROP INDEX "monitor"."county_key_county"');
    await queryRunner.query('DROP TABLE "monitor"."county_key"');
  }
}
