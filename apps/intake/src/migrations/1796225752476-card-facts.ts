import { MigrationInterface, QueryRunner } from 'typeorm';

export class CardFacts1796225752476 implements MigrationInterface {
  name = 'CardFacts1796225752476';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "intake"."card_facts" ("application_id" uuid NOT NULL, "request_id" uuid NOT NULL, "certificate_number" text NOT NULL, "hukou_county_code" character(6) NOT NULL, "requested_on" date NOT NULL, "answered_on" date, "outcome" text, "facts" jsonb, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5228c01228dce78de8843ebb811" PRIMARY KEY ("application_id"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "intake"."card_facts"');
  }
}
