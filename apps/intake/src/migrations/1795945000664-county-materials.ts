import { MigrationInterface, QueryRunner } from 'typeorm';

export class CountyMaterials1795945000664 implements MigrationInterface {
  name = 'CountyMaterials1795945000664';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "intake"."application_document" ADD "material_id" text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "intake"."application_document" DROP COLUMN "material_id"',
    );
  }
}
