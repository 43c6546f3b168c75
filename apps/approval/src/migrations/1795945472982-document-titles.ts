import { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentTitles1795945472982 implements MigrationInterface {
  name = 'DocumentTitles1795945472982';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "approval"."approval_document" ADD "title" text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "approval"."approval_document" DROP COLUMN "title"');
  }
}
