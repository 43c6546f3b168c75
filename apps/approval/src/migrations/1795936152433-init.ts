import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795936152433 implements MigrationInterface {
  name = 'Init1795936152433';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "approval"."inbox_message" ("event_id" uuid NOT NULL, "event_type" text NOT NULL, "case_id" uuid NOT NULL, "handled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de4d59779ed40a716ddfceaf58f" PRIMARY KEY ("event_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "approval"."outbox_message" ("sequence" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, "topic" text NOT NULL, "message_key" text NOT NULL, "envelope" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, CONSTRAINT "UQ_7f18a4003f825f44269f1693c31" UNIQUE ("event_id"), CONSTRAINT "PK_13436e51ab23d408836ac98f33a" PRIMARY KEY ("sequence"))',
    );
    await queryRunner.query(
      'CREATE INDEX "outbox_message_unpublished" ON "approval"."outbox_message" ("sequence") WHERE "published_at" IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "approval"."outbox_message_unpublished"');
    await queryRunner.query('DROP TABLE "approval"."outbox_message"');
    await queryRunner.query('DROP TABLE "approval"."inbox_message"');
  }
}
