import { MigrationInterface, QueryRunner } from 'typeorm';

export class CancelledCategories1796237281925 implements MigrationInterface {
  name = 'CancelledCategories1796237281925';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "intake"."application" ADD "cancelled_categories" text array',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "intake"."application" DROP COLUMN "cancelled_categories"',
    );
  }
}
