import { retypeForEncryption, retypeFromEncryption } from '@tongban/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal fields become encrypted text: values are kept as they are, and FieldReencryption
 * encrypts them in the background.
 */
export class EncryptedPersonalFields1796315202028 implements MigrationInterface {
  name = 'EncryptedPersonalFields1796315202028';

  async up(queryRunner: QueryRunner): Promise<void> {
    await retypeForEncryption(queryRunner, '"approval"."approval_case"', [
      'applicant',
      'conclusion',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await retypeFromEncryption(queryRunner, '"approval"."approval_case"', {
      applicant: 'jsonb',
      conclusion: 'jsonb',
    });
  }
}
