import { MigrationInterface, QueryRunner } from 'typeorm';

/** R28: the residence county's old-card custody register and its destruction batches. */
export class OldCardCustody1796226058560 implements MigrationInterface {
  name = 'OldCardCustody1796226058560';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "intake"."old_card_custody" ("id" uuid NOT NULL, "application_id" uuid NOT NULL, "county_code" character(6) NOT NULL, "card_number" text NOT NULL, "collected_on" date NOT NULL, "collected_by" text NOT NULL, "condition_note" text, "storage_location" text NOT NULL, "destruction_due_on" date NOT NULL, "status" text NOT NULL DEFAULT \'HELD\', "destruction_batch_id" uuid, "destroyed_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_21ca32ff789a203dac96a8a4d03" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "old_card_custody_register" ON "intake"."old_card_custody" ("county_code", "status", "destruction_due_on") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "old_card_custody_application_unique" ON "intake"."old_card_custody" ("application_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "intake"."old_card_destruction_batch" ("id" uuid NOT NULL, "county_code" character(6) NOT NULL, "destroyed_on" date NOT NULL, "recorded_by" text NOT NULL, "second_witness_name" text, "method_note" text NOT NULL, "custody_ids" uuid array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f2bfaae85d6345e1cf2ac2489b0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "old_card_destruction_batch_county" ON "intake"."old_card_destruction_batch" ("county_code", "destroyed_on") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "intake"."old_card_destruction_batch_county"');
    await queryRunner.query('DROP TABLE "intake"."old_card_destruction_batch"');
    await queryRunner.query('DROP INDEX "intake"."old_card_custody_application_unique"');
    await queryRunner.query('DROP INDEX "intake"."old_card_custody_register"');
    await queryRunner.query('DROP TABLE "intake"."old_card_custody"');
  }
}
