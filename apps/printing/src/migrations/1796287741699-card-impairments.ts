import { MigrationInterface, QueryRunner } from 'typeorm';

/** The parts of an imported MULTIPLE card, when the county's export lists them (R23). */
export class CardImpairments1796287741699 implements MigrationInterface {
  name = 'CardImpairments1796287741699';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "printing"."card_register" ADD "impairments" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "printing"."card_register" DROP COLUMN "impairments"');
  }
}
