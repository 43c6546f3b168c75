import { MigrationInterface, QueryRunner } from 'typeorm';

export class Certificates1795938160801 implements MigrationInterface {
  name = 'Certificates1795938160801';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "printing"."certificate" ("certificate_number" text NOT NULL, "application_id" uuid NOT NULL, "case_kind" text NOT NULL, "holder_name" text NOT NULL, "holder_id_number" character(18) NOT NULL, "category" text NOT NULL, "level" smallint NOT NULL, "impairments" jsonb NOT NULL, "issuing_county_code" character(6) NOT NULL, "residence_county_code" character(6) NOT NULL, "mailing_address" jsonb NOT NULL, "photo_key" text NOT NULL, "photo_sha256" character(64) NOT NULL, "photo_content_type" text NOT NULL, "issued_on" date NOT NULL, "valid_from" date NOT NULL, "valid_through" date NOT NULL, "status" text NOT NULL, "verification_token" text NOT NULL, "correlation_id" uuid NOT NULL, "approved_event_id" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_99d16a520f63d5f1d77f3dc3f2a" PRIMARY KEY ("certificate_number"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_304b09b67c3901da3e966e0b2d" ON "printing"."certificate" ("application_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_dc4ab60b7d7bc8cca24ab30e62" ON "printing"."certificate" ("verification_token") ',
    );
    await queryRunner.query(
      'CREATE TABLE "printing"."certificate_dispatch" ("certificate_number" text NOT NULL, "courier" text NOT NULL, "waybill_number" text NOT NULL, "cash_on_delivery" boolean NOT NULL, "recipient_name" text NOT NULL, "recipient_phone" text NOT NULL, "recipient_county_code" character(6) NOT NULL, "address_line" text NOT NULL, "dispatched_on" date NOT NULL, "dispatched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_327e44ca3d898c92be786544df1" PRIMARY KEY ("certificate_number"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_68cb481a28a94bc3082c098fe0" ON "printing"."certificate_dispatch" ("courier", "waybill_number") ',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate_dispatch" ADD CONSTRAINT "FK_327e44ca3d898c92be786544df1" FOREIGN KEY ("certificate_number") REFERENCES "printing"."certificate"("certificate_number") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate_dispatch" DROP CONSTRAINT "FK_327e44ca3d898c92be786544df1"',
    );
    await queryRunner.query('DROP INDEX "printing"."IDX_68cb481a28a94bc3082c098fe0"');
    await queryRunner.query('DROP TABLE "printing"."certificate_dispatch"');
    await queryRunner.query('DROP INDEX "printing"."IDX_dc4ab60b7d7bc8cca24ab30e62"');
    await queryRunner.query('DROP INDEX "printing"."IDX_304b09b67c3901da3e966e0b2d"');
    await queryRunner.query('DROP TABLE "printing"."certificate"');
  }
}
