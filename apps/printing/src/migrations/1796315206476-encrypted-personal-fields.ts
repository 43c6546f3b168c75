import { retypeForEncryption, retypeFromEncryption } from '@tongban/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal fields become encrypted text: values are kept as they are, and FieldReencryption
 * encrypts them in the background.
 */
export class EncryptedPersonalFields1796315206476 implements MigrationInterface {
  name = 'EncryptedPersonalFields1796315206476';

  async up(queryRunner: QueryRunner): Promise<void> {
    await retypeForEncryption(queryRunner, '"printing"."certificate"', [
      'holder_id_number',
      'impairments',
      'mailing_address',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await retypeFromEncryption(queryRunner, '"printing"."certificate"', {
      holder_id_number: 'character(18)',
      impairments: 'jsonb',
      mailing_address: 'jsonb',
    });
  }
}
