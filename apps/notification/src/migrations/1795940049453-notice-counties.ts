import { MigrationInterface, QueryRunner } from 'typeorm';

export class NoticeCounties1795940049453 implements MigrationInterface {
  name = 'NoticeCounties1795940049453';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "notification"."notice" ADD "case_county_codes" character(6) array NOT NULL DEFAULT \'{}\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notification"."notice" DROP COLUMN "case_county_codes"');
  }
}
