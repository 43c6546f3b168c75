import { MigrationInterface, QueryRunner } from 'typeorm';

export class FiledCategories1796237638637 implements MigrationInterface {
  name = 'FiledCategories1796237638637';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "approval"."approval_case" ADD "claimed_categories" text array',
    );
    await queryRunner.query(
      'ALTER TABLE "approval"."approval_case" ADD "cancelled_categories" text array',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "approval"."approval_case" DROP COLUMN "cancelled_categories"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval"."approval_case" DROP COLUMN "claimed_categories"',
    );
  }
}
