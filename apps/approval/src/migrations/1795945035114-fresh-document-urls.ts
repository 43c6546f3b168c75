import { MigrationInterface, QueryRunner } from 'typeorm';

export class FreshDocumentUrls1795945035114 implements MigrationInterface {
  name = 'FreshDocumentUrls1795945035114';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "approval"."approval_document" ADD "url_requests" integer NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query(
      'ALTER TABLE "approval"."approval_document" ADD "url_requested_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "approval"."approval_document" ADD "url_problem" text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "approval"."approval_document" DROP COLUMN "url_problem"');
    await queryRunner.query(
      'ALTER TABLE "approval"."approval_document" DROP COLUMN "url_requested_at"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval"."approval_document" DROP COLUMN "url_requests"',
    );
  }
}
