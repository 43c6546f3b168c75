import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApplicantEmail1795944755204 implements MigrationInterface {
  name = 'ApplicantEmail1795944755204';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "intake"."application" ADD "email" text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "intake"."application" DROP COLUMN "email"');
  }
}
