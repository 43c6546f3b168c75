import { retypeForEncryption, retypeFromEncryption } from '@tongban/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal fields become encrypted text: values are kept as they are, and FieldReencryption
 * encrypts them in the background.
 */
export class EncryptedPersonalFields1796315193979 implements MigrationInterface {
  name = 'EncryptedPersonalFields1796315193979';

  async up(queryRunner: QueryRunner): Promise<void> {
    await retypeForEncryption(queryRunner, '"notification"."notice"', ['template_values']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await retypeFromEncryption(queryRunner, '"notification"."notice"', {
      template_values: 'jsonb',
    });
  }
}
