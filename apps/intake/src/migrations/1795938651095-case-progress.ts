import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseProgress1795938651095 implements MigrationInterface {
  name = 'CaseProgress1795938651095';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "intake"."case_step" ("sequence" BIGSERIAL NOT NULL, "application_id" uuid NOT NULL, "step" text NOT NULL, "on" date NOT NULL, "description" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2bb738b0c8047c20a4302bdd5e8" PRIMARY KEY ("sequence"))',
    );
    await queryRunner.query(
      'CREATE INDEX "case_step_application" ON "intake"."case_step" ("application_id") ',
    );
    await queryRunner.query('ALTER TABLE "intake"."application" ADD "conclusion" jsonb');
    await queryRunner.query('ALTER TABLE "intake"."application" ADD "publicity" jsonb');
    await queryRunner.query('ALTER TABLE "intake"."application" ADD "handed_over_on" date');
    await queryRunner.query('ALTER TABLE "intake"."application" ADD "return_reason" text');
    await queryRunner.query('ALTER TABLE "intake"."application" ADD "contact_note" text');
    await queryRunner.query('ALTER TABLE "intake"."application" ADD "decision" jsonb');
    await queryRunner.query('ALTER TABLE "intake"."application" ADD "dispatch" jsonb');
    await queryRunner.query('ALTER TABLE "intake"."application" ADD "closed_reason" text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "intake"."application" DROP COLUMN "closed_reason"');
    await queryRunner.query('ALTER TABLE "intake"."application" DROP COLUMN "dispatch"');
    await queryRunner.query('ALTER TABLE "intake"."application" DROP COLUMN "decision"');
    await queryRunner.query('ALTER TABLE "intake"."application" DROP COLUMN "contact_note"');
    await queryRunner.query('ALTER TABLE "intake"."application" DROP COLUMN "return_reason"');
    await queryRunner.query('ALTER TABLE "intake"."application" DROP COLUMN "handed_over_on"');
    await queryRunner.query('ALTER TABLE "intake"."application" DROP COLUMN "publicity"');
    await queryRunner.query('ALTER TABLE "intake"."application" DROP COLUMN "conclusion"');
    await queryRunner.query('DROP INDEX "intake"."case_step_application"');
    await queryRunner.query('DROP TABLE "intake"."case_step"');
  }
}
