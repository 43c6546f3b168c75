import { MigrationInterface, QueryRunner } from 'typeorm';

export class CardRegister1796223160815 implements MigrationInterface {
  name = 'CardRegister1796223160815';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "printing"."card_status_change" ("id" BIGSERIAL NOT NULL, "card_number" text NOT NULL, "from_status" text, "to_status" text NOT NULL, "on" date NOT NULL, "actor" text NOT NULL, "application_id" uuid, "rule" text, "reason" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d44280b77a050ea983edba9cd88" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_837e6c362ce3cde863c645657b" ON "printing"."card_status_change" ("card_number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "printing"."card_register" ("card_number" text NOT NULL, "card_id" uuid NOT NULL, "holder_id_number" character(18) NOT NULL, "category" text NOT NULL, "level" smallint NOT NULL, "issuing_county_code" character(6) NOT NULL, "issued_on" date NOT NULL, "valid_from" date NOT NULL, "valid_through" date NOT NULL, "assessment_method" text NOT NULL, "validity_basis" text, "status" text NOT NULL, "source" text NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_dd5d2aa539dd6ddb3bf56682641" PRIMARY KEY ("card_number"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_ad61350a7213e96c81e8e2f7c0" ON "printing"."card_register" ("card_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5b79426659326b75362451f9ec" ON "printing"."card_register" ("holder_id_number") ',
    );
    // Hand-written: cards printed before the register existed keep their status, now in the
    // register (the one place it lives), with a history entry saying where it came from.
    await queryRunner.query(
      `INSERT INTO "printing"."card_register" ("card_number", "card_id", "holder_id_number", "category", "level", "issuing_county_code", "issued_on", "valid_from", "valid_through", "assessment_method", "status", "source", "registered_at", "status_changed_at")
       SELECT "certificate_number", gen_random_uuid(), "holder_id_number", "category", "level", "issuing_county_code", "issued_on", "valid_from", "valid_through", 'STANDARD', "status", 'PRINTED', "issued_at", "issued_at" FROM "printing"."certificate"`,
    );
    await queryRunner.query(
      `INSERT INTO "printing"."card_status_change" ("card_number", "from_status", "to_status", "on", "actor", "application_id", "rule", "reason", "recorded_at")
       SELECT "certificate_number", NULL, "status", "issued_on", 'system', "application_id", 'R11', 'status carried over from the certificate table when the card register was introduced', "issued_at" FROM "printing"."certificate" ORDER BY "issued_at"`,
    );
    await queryRunner.query('ALTER TABLE "printing"."certificate" DROP COLUMN "status"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "printing"."certificate" ADD "status" text');
    await queryRunner.query(
      'UPDATE "printing"."certificate" c SET "status" = r."status" FROM "printing"."card_register" r WHERE r."card_number" = c."certificate_number"',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate" ALTER COLUMN "status" SET NOT NULL',
    );
    await queryRunner.query('DROP INDEX "printing"."IDX_5b79426659326b75362451f9ec"');
    await queryRunner.query('DROP INDEX "printing"."IDX_ad61350a7213e96c81e8e2f7c0"');
    await queryRunner.query('DROP TABLE "printing"."card_register"');
    await queryRunner.query('DROP INDEX "printing"."IDX_837e6c362ce3cde863c645657b"');
    await queryRunner.query('DROP TABLE "printing"."card_status_change"');
  }
}
