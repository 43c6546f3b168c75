import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReadCounts1796306811665 implements MigrationInterface {
  name = 'ReadCounts1796306811665';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "monitor"."read_count" ("county_code" text NOT NULL, "service" text NOT NULL, "day" date NOT NULL, "reads" integer NOT NULL, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e5decc8416d91112f9f9f0443c7" PRIMARY KEY ("county_code", "service", "day"))',
    );
    await queryRunner.query('CREATE INDEX "read_count_day" ON "monitor"."read_count" ("day") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "monitor"."read_count_day"');
    await queryRunner.query('DROP TABLE "monitor"."read_count"');
  }
}
