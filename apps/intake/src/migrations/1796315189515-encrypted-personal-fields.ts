import { retypeForEncryption, retypeFromEncryption } from '@tongban/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal fields become encrypted text: values are kept as they are, and FieldReencryption
 * encrypts them in the background and fills the lookup hashes.
 */
export class EncryptedPersonalFields1796315189515 implements MigrationInterface {
  name = 'EncryptedPersonalFields1796315189515';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "intake"."application" ADD "id_number_hash" text');
    await queryRunner.query(
      'ALTER TABLE "intake"."application" ADD "current_certificate_number_hash" text',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bf7badd69844a9aa232d51f5e0" ON "intake"."application" ("id_number_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a449a3c5199bcd9aa30b7d53af" ON "intake"."application" ("current_certificate_number_hash") ',
    );
    await retypeForEncryption(queryRunner, '"intake"."application"', [
      'id_number',
      'mailing_address',
      'guardian',
      'conclusion',
      'dispatch',
    ]);
    await retypeForEncryption(queryRunner, '"intake"."card_facts"', ['facts']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await retypeFromEncryption(queryRunner, '"intake"."application"', {
      id_number: 'character(18)',
      mailing_address: 'jsonb',
      guardian: 'jsonb',
      conclusion: 'jsonb',
      dispatch: 'jsonb',
    });
    await retypeFromEncryption(queryRunner, '"intake"."card_facts"', { facts: 'jsonb' });
    await queryRunner.query('DROP INDEX "intake"."IDX_a449a3c5199bcd9aa30b7d53af"');
    await queryRunner.query('DROP INDEX "intake"."IDX_bf7badd69844a9aa232d51f5e0"');
    await queryRunner.query(
      'ALTER TABLE "intake"."application" DROP COLUMN "current_certificate_number_hash"',
    );
    await queryRunner.query('ALTER TABLE "intake"."application" DROP COLUMN "id_number_hash"');
  }
}
