import { MigrationInterface, QueryRunner } from 'typeorm';

export class DesignationAndConclusion1795938206344 implements MigrationInterface {
  name = 'DesignationAndConclusion1795938206344';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Cases used to be registered from drafts; they are now registered on acceptance (R8) with
    // facts a draft never had. Rows of the old kind predate any deployment (development data
    // only) and cannot be completed, so they go rather than block the NOT NULL columns below.
    await queryRunner.query('DELETE FROM "assessment"."assessment_case"');
    await queryRunner.query(
      'CREATE TABLE "assessment"."deadline" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "rule" text NOT NULL, "county_code" character(6) NOT NULL, "case_kind" text NOT NULL, "triggered_on" date NOT NULL, "due_on" date NOT NULL, "warn_on" date NOT NULL, "provisional" boolean NOT NULL, "status" text NOT NULL, "warned_at" TIMESTAMP WITH TIME ZONE, "breached_at" TIMESTAMP WITH TIME ZONE, "closed_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b68db28fc035ed8a84691bfbaf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "deadline_open_due" ON "assessment"."deadline" ("due_on") WHERE "status" = \'OPEN\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "deadline_case_rule" ON "assessment"."deadline" ("case_id", "rule") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assessment"."institution" ("id" uuid NOT NULL, "county_code" character(6) NOT NULL, "name" text NOT NULL, "address" text NOT NULL, "categories" text array NOT NULL, "home_visits" boolean NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f60ee4ff0719b7df54830b39087" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "institution_county" ON "assessment"."institution" ("county_code") ',
    );
    await queryRunner.query('ALTER TABLE "assessment"."assessment_case" DROP COLUMN "channel"');
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" DROP COLUMN "correlation_id"',
    );
    await queryRunner.query('ALTER TABLE "assessment"."assessment_case" DROP COLUMN "drafted_at"');
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" ADD "application_number" text NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" ADD "claimed_categories" text array NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" ADD "applicant_is_minor" boolean NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" ADD "home_visit_requested" boolean NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" ADD "materials_completed_on" date NOT NULL',
    );
    await queryRunner.query('ALTER TABLE "assessment"."assessment_case" ADD "institution_id" uuid');
    await queryRunner.query('ALTER TABLE "assessment"."assessment_case" ADD "designated_on" date');
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" ADD "reassessment" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query('ALTER TABLE "assessment"."assessment_case" ADD "dispute_reason" text');
    await queryRunner.query('ALTER TABLE "assessment"."assessment_case" ADD "conclusion" jsonb');
    await queryRunner.query('ALTER TABLE "assessment"."assessment_case" ADD "fee" jsonb');
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "assessment"."assessment_case" DROP COLUMN "updated_at"');
    await queryRunner.query('ALTER TABLE "assessment"."assessment_case" DROP COLUMN "fee"');
    await queryRunner.query('ALTER TABLE "assessment"."assessment_case" DROP COLUMN "conclusion"');
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" DROP COLUMN "dispute_reason"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" DROP COLUMN "reassessment"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" DROP COLUMN "designated_on"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" DROP COLUMN "institution_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" DROP COLUMN "materials_completed_on"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" DROP COLUMN "home_visit_requested"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" DROP COLUMN "applicant_is_minor"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" DROP COLUMN "claimed_categories"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" DROP COLUMN "application_number"',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" ADD "drafted_at" TIMESTAMP WITH TIME ZONE NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" ADD "correlation_id" uuid NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "assessment"."assessment_case" ADD "channel" text NOT NULL',
    );
    await queryRunner.query('DROP INDEX "assessment"."institution_county"');
    await queryRunner.query('DROP TABLE "assessment"."institution"');
    await queryRunner.query('DROP INDEX "assessment"."deadline_case_rule"');
    await queryRunner.query('DROP INDEX "assessment"."deadline_open_due"');
    await queryRunner.query('DROP TABLE "assessment"."deadline"');
  }
}
