import { MigrationInterface, QueryRunner } from 'typeorm';

export class ExchangeLog1795937637282 implements MigrationInterface {
  name = 'ExchangeLog1795937637282';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "approval"."exchange_log" ("sequence" BIGSERIAL NOT NULL, "direction" text NOT NULL, "event_id" uuid, "event_type" text, "case_id" uuid, "topic" text NOT NULL, "counterpart_county" text, "reason" text, "logged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c2608425fd7b50dcb9fd9eeabdb" PRIMARY KEY ("sequence"))',
    );
    await queryRunner.query(
      'CREATE INDEX "exchange_log_case" ON "approval"."exchange_log" ("case_id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "approval"."exchange_log_case"');
    await queryRunner.query('DROP TABLE "approval"."exchange_log"');
  }
}
