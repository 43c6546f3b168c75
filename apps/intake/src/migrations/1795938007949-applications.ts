import { MigrationInterface, QueryRunner } from 'typeorm';

export class Applications1795938007949 implements MigrationInterface {
  name = 'Applications1795938007949';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "intake"."application" ("id" uuid NOT NULL, "serial" BIGSERIAL NOT NULL, "application_number" text NOT NULL, "case_kind" text NOT NULL, "channel" text NOT NULL, "status" text NOT NULL, "applicant_name" text NOT NULL, "id_number" character(18) NOT NULL, "phone" text NOT NULL, "mailing_address" jsonb NOT NULL, "guardian" jsonb, "residence_permit" jsonb NOT NULL, "residence_county_code" character(6) NOT NULL, "hukou_county_code" character(6) NOT NULL, "claimed_categories" text array NOT NULL, "home_visit_requested" boolean NOT NULL DEFAULT false, "last_cancelled_on" date, "materials_completed_on" date, "accepted_on" date, "refusal_reasons" text array NOT NULL DEFAULT \'{}\', "supervisor_override" jsonb, "accepted_by" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "application_number_unique" ON "intake"."application" ("application_number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "intake"."application_document" ("id" uuid NOT NULL, "application_id" uuid NOT NULL, "kind" text NOT NULL, "storage_key" text NOT NULL, "sha256" character(64) NOT NULL, "size" integer NOT NULL, "content_type" text NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_04f1535a911d17b4c6283de0d10" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "application_document_application" ON "intake"."application_document" ("application_id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "intake"."application_document_application"');
    await queryRunner.query('DROP TABLE "intake"."application_document"');
    await queryRunner.query('DROP INDEX "intake"."application_number_unique"');
    await queryRunner.query('DROP TABLE "intake"."application"');
  }
}
