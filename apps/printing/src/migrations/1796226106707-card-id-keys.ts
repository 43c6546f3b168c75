import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cards are keyed by their own id, not their number: a renewal (R13–R16) or data update (R17)
 * issues a new card with the same number while the old one stays in the register, SUPERSEDED.
 * Generated, then hand-edited so existing rows keep their data: every table had one row per
 * number until now, so the register's card_id is carried by number into the certificate, the
 * history and (through the certificate) the dispatch before the keys move.
 */
export class CardIdKeys1796226106707 implements MigrationInterface {
  name = 'CardIdKeys1796226106707';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate_dispatch" DROP CONSTRAINT "FK_327e44ca3d898c92be786544df1"',
    );

    // The register: card_id (already unique and filled) becomes the key; at most one card per
    // number in force. Numbers were unique until now, so the partial index builds.
    await queryRunner.query(
      'ALTER TABLE "printing"."card_register" DROP CONSTRAINT "PK_dd5d2aa539dd6ddb3bf56682641"',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."card_register" ADD CONSTRAINT "PK_ad61350a7213e96c81e8e2f7c06" PRIMARY KEY ("card_id")',
    );
    await queryRunner.query('DROP INDEX "printing"."IDX_ad61350a7213e96c81e8e2f7c0"');
    await queryRunner.query(
      'CREATE INDEX "IDX_card_register_number_issued_on" ON "printing"."card_register" ("card_number", "issued_on") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_card_register_number_in_force" ON "printing"."card_register" ("card_number") WHERE "status" NOT IN (\'SUPERSEDED\', \'CANCELLED\', \'MIGRATED_OUT\')',
    );

    // History: each entry names its card by id; the number stays for reading.
    await queryRunner.query('ALTER TABLE "printing"."card_status_change" ADD "card_id" uuid');
    await queryRunner.query(
      'UPDATE "printing"."card_status_change" h SET "card_id" = r."card_id" FROM "printing"."card_register" r WHERE r."card_number" = h."card_number"',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."card_status_change" ALTER COLUMN "card_id" SET NOT NULL',
    );
    await queryRunner.query('DROP INDEX "printing"."IDX_837e6c362ce3cde863c645657b"');
    await queryRunner.query(
      'CREATE INDEX "IDX_37a12e4d70baca222f0a50e885" ON "printing"."card_status_change" ("card_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."card_status_change" ADD CONSTRAINT "FK_37a12e4d70baca222f0a50e885f" FOREIGN KEY ("card_id") REFERENCES "printing"."card_register"("card_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );

    // Certificate: keyed by the register card it is (every printed card was registered).
    await queryRunner.query('ALTER TABLE "printing"."certificate" ADD "card_id" uuid');
    await queryRunner.query(
      'UPDATE "printing"."certificate" c SET "card_id" = r."card_id" FROM "printing"."card_register" r WHERE r."card_number" = c."certificate_number"',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate" ALTER COLUMN "card_id" SET NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate" DROP CONSTRAINT "PK_99d16a520f63d5f1d77f3dc3f2a"',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate" ADD CONSTRAINT "PK_703a9933634b7033efb577af80b" PRIMARY KEY ("card_id")',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate" ADD CONSTRAINT "FK_703a9933634b7033efb577af80b" FOREIGN KEY ("card_id") REFERENCES "printing"."card_register"("card_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );

    // Dispatch: one per card, by id; the number stays for reading.
    await queryRunner.query('ALTER TABLE "printing"."certificate_dispatch" ADD "card_id" uuid');
    await queryRunner.query(
      'UPDATE "printing"."certificate_dispatch" d SET "card_id" = c."card_id" FROM "printing"."certificate" c WHERE c."certificate_number" = d."certificate_number"',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate_dispatch" ALTER COLUMN "card_id" SET NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate_dispatch" DROP CONSTRAINT "PK_327e44ca3d898c92be786544df1"',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate_dispatch" ADD CONSTRAINT "PK_6e7aceec9538eef7580cf018a02" PRIMARY KEY ("card_id")',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate_dispatch" ADD CONSTRAINT "FK_6e7aceec9538eef7580cf018a02" FOREIGN KEY ("card_id") REFERENCES "printing"."certificate"("card_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  /**
   * Back to number keys. Fails (and changes nothing, the migration runs in a transaction) once a
   * number has a successor card: the old schema cannot hold two cards of one number.
   */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate_dispatch" DROP CONSTRAINT "FK_6e7aceec9538eef7580cf018a02"',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate" DROP CONSTRAINT "FK_703a9933634b7033efb577af80b"',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."card_status_change" DROP CONSTRAINT "FK_37a12e4d70baca222f0a50e885f"',
    );

    await queryRunner.query(
      'ALTER TABLE "printing"."certificate_dispatch" DROP CONSTRAINT "PK_6e7aceec9538eef7580cf018a02"',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate_dispatch" ADD CONSTRAINT "PK_327e44ca3d898c92be786544df1" PRIMARY KEY ("certificate_number")',
    );
    await queryRunner.query('ALTER TABLE "printing"."certificate_dispatch" DROP COLUMN "card_id"');

    await queryRunner.query(
      'ALTER TABLE "printing"."certificate" DROP CONSTRAINT "PK_703a9933634b7033efb577af80b"',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."certificate" ADD CONSTRAINT "PK_99d16a520f63d5f1d77f3dc3f2a" PRIMARY KEY ("certificate_number")',
    );
    await queryRunner.query('ALTER TABLE "printing"."certificate" DROP COLUMN "card_id"');

    await queryRunner.query('DROP INDEX "printing"."IDX_37a12e4d70baca222f0a50e885"');
    await queryRunner.query(
      'CREATE INDEX "IDX_837e6c362ce3cde863c645657b" ON "printing"."card_status_change" ("card_number") ',
    );
    await queryRunner.query('ALTER TABLE "printing"."card_status_change" DROP COLUMN "card_id"');

    await queryRunner.query('DROP INDEX "printing"."UQ_card_register_number_in_force"');
    await queryRunner.query('DROP INDEX "printing"."IDX_card_register_number_issued_on"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_ad61350a7213e96c81e8e2f7c0" ON "printing"."card_register" ("card_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."card_register" DROP CONSTRAINT "PK_ad61350a7213e96c81e8e2f7c06"',
    );
    await queryRunner.query(
      'ALTER TABLE "printing"."card_register" ADD CONSTRAINT "PK_dd5d2aa539dd6ddb3bf56682641" PRIMARY KEY ("card_number")',
    );

    await queryRunner.query(
      'ALTER TABLE "printing"."certificate_dispatch" ADD CONSTRAINT "FK_327e44ca3d898c92be786544df1" FOREIGN KEY ("certificate_number") REFERENCES "printing"."certificate"("certificate_number") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }
}
