import { serviceSchemaOf } from '@tongban/persistence';
import type { QueryRunner } from 'typeorm';

/** The outbox table of the service a shared migration runs for. */
export function outboxTableOf(queryRunner: QueryRunner): string {
  return `"${serviceSchemaOf(queryRunner)}"."outbox_message"`;
}
