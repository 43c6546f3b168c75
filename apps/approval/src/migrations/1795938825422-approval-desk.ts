import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApprovalDesk1795938825422 implements MigrationInterface {
  name = 'ApprovalDesk1795938825422';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "approval"."deadline" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "rule" text NOT NULL, "county_code" character(6) NOT NULL, "case_kind" text NOT NULL, "triggered_on" date NOT NULL, "due_on" date NOT NULL, "warn_on" date NOT NULL, "provisional" boolean NOT NULL, "status" text NOT NULL, "warned_at" TIMESTAMP WITH TIME ZONE, "breached_at" TIMESTAMP WITH TIME ZONE, "closed_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b68db28fc035ed8a84691bfbaf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "deadline_open_due" ON "approval"."deadline" ("due_on") WHERE "status" = \'OPEN\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "deadline_case_rule" ON "approval"."deadline" ("case_id", "rule") ',
    );
    await queryRunner.query(
      'CREATE TABLE "approval"."approval_document" ("id" uuid NOT NULL, "application_id" uuid NOT NULL, "round" integer NOT NULL, "position" integer NOT NULL, "kind" text NOT NULL, "source_key" text NOT NULL, "sha256" character(64) NOT NULL, "size" integer NOT NULL, "content_type" text NOT NULL, "source_url" text, "url_expires_at" TIMESTAMP WITH TIME ZONE, "status" text NOT NULL, "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "local_key" text, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_96fb1eb7f6cdd1dadd1fa712b3e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "approval_document_due" ON "approval"."approval_document" ("next_attempt_at") WHERE "status" = \'PENDING\'',
    );
    await queryRunner.query(
      'CREATE INDEX "approval_document_case_round" ON "approval"."approval_document" ("application_id", "round") ',
    );
    await queryRunner.query(
      'CREATE TABLE "approval"."approval_case" ("application_id" uuid NOT NULL, "application_number" text NOT NULL, "case_kind" text NOT NULL, "residence_county_code" character(6) NOT NULL, "hukou_county_code" character(6) NOT NULL, "round" integer NOT NULL, "status" text NOT NULL, "handover_event_id" uuid NOT NULL, "handed_over_on" date NOT NULL, "received_on" date NOT NULL, "applicant" jsonb NOT NULL, "conclusion" jsonb NOT NULL, "publicity" jsonb NOT NULL, "decision" jsonb, "mailed_on" date, "waybill_number" text, "previous_rounds" jsonb NOT NULL DEFAULT \'[]\', "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_536bcda06c6bf3e607d9d9bfc05" PRIMARY KEY ("application_id"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "approval"."approval_case"');
    await queryRunner.query('DROP INDEX "approval"."approval_document_case_round"');
    await queryRunner.query('DROP INDEX "approval"."approval_document_due"');
    await queryRunner.query('DROP TABLE "approval"."approval_document"');
    await queryRunner.query('DROP INDEX "approval"."deadline_case_rule"');
    await queryRunner.query('DROP INDEX "approval"."deadline_open_due"');
    await queryRunner.query('DROP TABLE "approval"."deadline"');
  }
}
