import { MigrationInterface, QueryRunner } from 'typeorm';

export class PublicityDesk1795938468918 implements MigrationInterface {
  name = 'PublicityDesk1795938468918';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "publicity"."deadline" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "rule" text NOT NULL, "county_code" character(6) NOT NULL, "case_kind" text NOT NULL, "triggered_on" date NOT NULL, "due_on" date NOT NULL, "warn_on" date NOT NULL, "provisional" boolean NOT NULL, "status" text NOT NULL, "warned_at" TIMESTAMP WITH TIME ZONE, "breached_at" TIMESTAMP WITH TIME ZONE, "closed_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b68db28fc035ed8a84691bfbaf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "deadline_open_due" ON "publicity"."deadline" ("due_on") WHERE "status" = \'OPEN\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "deadline_case_rule" ON "publicity"."deadline" ("case_id", "rule") ',
    );
    await queryRunner.query(
      'CREATE TABLE "publicity"."publicity_objection" ("id" uuid NOT NULL, "application_id" uuid NOT NULL, "summary" text NOT NULL, "received_on" date NOT NULL, "status" text NOT NULL, "resolution" text, "resolved_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_103928c87faa74a6e38557aa0d7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "publicity_objection_case" ON "publicity"."publicity_objection" ("application_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "publicity"."publicity_case" ("application_id" uuid NOT NULL, "application_number" text NOT NULL, "case_kind" text NOT NULL, "residence_county_code" character(6) NOT NULL, "hukou_county_code" character(6) NOT NULL, "applicant_is_minor" boolean NOT NULL, "status" text NOT NULL, "conclusion_received_on" date, "starts_on" date, "ends_on" date, "ends_on_provisional" boolean NOT NULL DEFAULT false, "outcome" text, "summary" text, "cleared_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4475539db2b7f6c77f09fea6880" PRIMARY KEY ("application_id"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "publicity"."publicity_case"');
    await queryRunner.query('DROP INDEX "publicity"."publicity_objection_case"');
    await queryRunner.query('DROP TABLE "publicity"."publicity_objection"');
    await queryRunner.query('DROP INDEX "publicity"."deadline_case_rule"');
    await queryRunner.query('DROP INDEX "publicity"."deadline_open_due"');
    await queryRunner.query('DROP TABLE "publicity"."deadline"');
  }
}
