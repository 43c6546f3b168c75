import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseKindOfRecipient1796238647198 implements MigrationInterface {
  name = 'CaseKindOfRecipient1796238647198';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notification"."case_recipient" ADD "case_kind" text');
    await queryRunner.query(
      'ALTER TABLE "notification"."case_recipient" ADD "certificate_outcome" text',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "notification"."case_recipient" DROP COLUMN "certificate_outcome"',
    );
    await queryRunner.query('ALTER TABLE "notification"."case_recipient" DROP COLUMN "case_kind"');
  }
}
