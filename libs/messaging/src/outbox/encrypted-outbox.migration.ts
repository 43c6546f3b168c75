import { retypeForEncryption, retypeFromEncryption } from '@tongban/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxTableOf } from './outbox-table';

/**
 * The outbox's envelope is stored encrypted (it carries personal data until the purge clears
 * it). Shared by every service's schema, like PurgeableOutbox.
 */
export class EncryptedOutbox1796315100000 implements MigrationInterface {
  name = 'EncryptedOutbox1796315100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await retypeForEncryption(queryRunner, outboxTableOf(queryRunner), ['envelope']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await retypeFromEncryption(queryRunner, outboxTableOf(queryRunner), { envelope: 'jsonb' });
  }
}
