import { MigrationInterface, QueryRunner } from 'typeorm';

export class CurrentCertificate1796223693957 implements MigrationInterface {
  name = 'CurrentCertificate1796223693957';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "intake"."application" ADD "current_certificate_number" text',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "intake"."application" DROP COLUMN "current_certificate_number"',
    );
  }
}
