import { retypeForEncryption, retypeFromEncryption } from '@tongban/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Card numbers (they begin with the holder's ID number) and the register's ID numbers become
 * encrypted text, and the register is looked up by the number's keyed hash: the unique card in
 * force moves to the hash. Generated, then hand-edited so existing rows keep their values:
 * FieldReencryption encrypts them in the background and fills card_number_hash, which a
 * migration cannot compute (the lookup key stays outside the database).
 */
export class EncryptedCardNumbers1796689659462 implements MigrationInterface {
  name = 'EncryptedCardNumbers1796689659462';

  async up(queryRunner: QueryRunner): Promise<void> {
    // No lookup by holder ID: the number begins with it.
    await queryRunner.query('DROP INDEX "printing"."IDX_5b79426659326b75362451f9ec"');
    await queryRunner.query('DROP INDEX "printing"."IDX_card_register_number_issued_on"');
    await queryRunner.query('DROP INDEX "printing"."UQ_card_register_number_in_force"');
    await queryRunner.query('ALTER TABLE "printing"."card_register" ADD "card_number_hash" text');
    await retypeForEncryption(queryRunner, '"printing"."card_register"', [
      'card_number',
      'holder_id_number',
    ]);
    await queryRunner.query(
      'CREATE INDEX "IDX_4fe3f84f6b4466e9d07a1079c6" ON "printing"."card_register" ("card_number_hash") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_card_register_number_in_force" ON "printing"."card_register" ("card_number_hash") WHERE "status" NOT IN (\'SUPERSEDED\', \'CANCELLED\', \'MIGRATED_OUT\')',
    );
    // Already text: their values are encrypted in the background as they are.
    await retypeForEncryption(queryRunner, '"printing"."card_status_change"', ['card_number']);
    await retypeForEncryption(queryRunner, '"printing"."certificate"', ['certificate_number']);
    await retypeForEncryption(queryRunner, '"printing"."certificate_dispatch"', [
      'certificate_number',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Each refuses while its column holds ciphertext: the clear number is not here to restore.
    await retypeFromEncryption(queryRunner, '"printing"."certificate_dispatch"', {
      certificate_number: 'text',
    });
    await retypeFromEncryption(queryRunner, '"printing"."certificate"', {
      certificate_number: 'text',
    });
    await retypeFromEncryption(queryRunner, '"printing"."card_status_change"', {
      card_number: 'text',
    });
    await queryRunner.query('DROP INDEX "printing"."UQ_card_register_number_in_force"');
    await queryRunner.query('DROP INDEX "printing"."IDX_4fe3f84f6b4466e9d07a1079c6"');
    await retypeFromEncryption(queryRunner, '"printing"."card_register"', {
      card_number: 'text',
      holder_id_number: 'character(18)',
    });
    await queryRunner.query(
      'ALTER TABLE "printing"."card_register" DROP COLUMN "card_number_hash"',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_card_register_number_in_force" ON "printing"."card_register" ("card_number") WHERE (status <> ALL (ARRAY[\'SUPERSEDED\'::text, \'CANCELLED\'::text, \'MIGRATED_OUT\'::text]))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_card_register_number_issued_on" ON "printing"."card_register" ("card_number", "issued_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5b79426659326b75362451f9ec" ON "printing"."card_register" ("holder_id_number") ',
    );
  }
}
