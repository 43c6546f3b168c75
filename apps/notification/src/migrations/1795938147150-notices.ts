import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notices1795938147150 implements MigrationInterface {
  name = 'Notices1795938147150';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification"."case_recipient" ("application_id" uuid NOT NULL, "application_number" text NOT NULL, "name" text NOT NULL, "phone" text NOT NULL, "email" text, "residence_county_code" character(6) NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_eb178e8cb2109db749d31315916" PRIMARY KEY ("application_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification"."notice" ("id" uuid NOT NULL, "application_id" uuid NOT NULL, "event_id" uuid NOT NULL, "correlation_id" uuid NOT NULL, "type" text NOT NULL, "step" smallint NOT NULL, "template_id" text NOT NULL, "template_values" jsonb NOT NULL, "status" text NOT NULL, "channel" text, "masked_recipient" text, "subject" text, "text" text, "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_1693b4b7d5635ea2289d52dc98f" UNIQUE ("event_id"), CONSTRAINT "PK_705062b14410ff1a04998f86d72" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "notice_due" ON "notification"."notice" ("next_attempt_at") WHERE "status" IN (\'QUEUED\', \'FAILED\')',
    );
    await queryRunner.query(
      'CREATE INDEX "notice_application" ON "notification"."notice" ("application_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification"."notice_delivery" ("sequence" BIGSERIAL NOT NULL, "notice_id" uuid NOT NULL, "attempt" integer NOT NULL, "channel" text NOT NULL, "outcome" text NOT NULL, "provider_message_id" text, "reason" text, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6f9e441d57944631ea1efb9be65" PRIMARY KEY ("sequence"))',
    );
    await queryRunner.query(
      'CREATE INDEX "notice_delivery_notice" ON "notification"."notice_delivery" ("notice_id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "notification"."notice_delivery_notice"');
    await queryRunner.query('DROP TABLE "notification"."notice_delivery"');
    await queryRunner.query('DROP INDEX "notification"."notice_application"');
    await queryRunner.query('DROP INDEX "notification"."notice_due"');
    await queryRunner.query('DROP TABLE "notification"."notice"');
    await queryRunner.query('DROP TABLE "notification"."case_recipient"');
  }
}
