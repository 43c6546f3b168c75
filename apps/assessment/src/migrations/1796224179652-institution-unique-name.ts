import { MigrationInterface, QueryRunner } from 'typeorm';

export class InstitutionUniqueName1796224179652 implements MigrationInterface {
  name = 'InstitutionUniqueName1796224179652';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE UNIQUE INDEX "institution_county_name" ON "assessment"."institution" ("county_code", "name") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "assessment"."institution_county_name"');
  }
}
