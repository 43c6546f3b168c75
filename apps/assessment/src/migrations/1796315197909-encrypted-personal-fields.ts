import { retypeForEncryption, retypeFromEncryption } from '@tongban/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal fields become encrypted text: values are kept as they are, and FieldReencryption
 * encrypts them in the background.
 */
export class EncryptedPersonalFields1796315197909 implements MigrationInterface {
  name = 'EncryptedPersonalFields1796315197909';

  async up(queryRunner: QueryRunner): Promise<void> {
    await retypeForEncryption(queryRunner, '"assessment"."assessment_case"', ['conclusion']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await retypeFromEncryption(queryRunner, '"assessment"."assessment_case"', {
      conclusion: 'jsonb',
    });
  }
}
