import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ServiceConfig } from '@tongban/config';
import { errorMessage, PollingLoop, ScheduledJob } from '@tongban/util';
import { DataSource, EntityManager, type EntityMetadata, type ObjectLiteral } from 'typeorm';
import { CIPHERTEXT_PREFIX } from './field-cipher';
import { EncryptedFieldTransformer } from './encrypted-column';
import { installedFieldKeyRing } from './installed-key-ring';
import { lookupHash, lookupHashesOf, type LookupHashDefinition } from './lookup-hash-column';

const BATCH_SIZE = 200;

/** What one entity needs rewritten: its encrypted columns and its lookup hashes. */
interface ProtectedEntity {
  readonly metadata: EntityMetadata;
  readonly encrypted: readonly { property: string; column: string }[];
  readonly hashes: readonly (LookupHashDefinition & { column: string; sourceColumn: string })[];
}

/**
 * Moves every personal field to the node's current data key in the background: after a key
 * rotation (the old key stays listed until this is done), and once for rows written before
 * their column was encrypted. Fills lookup hashes missing from such rows. Each row is
 * rewritten under a row lock from its decrypted values, so a concurrent change is never lost.
 */
@Injectable()
export class FieldReencryption extends ScheduledJob {
  private readonly logger = new Logger(FieldReencryption.name);
  protected readonly loop: PollingLoop;
  /** Set once nothing is stale: every write since uses the current key. Reset by a restart. */
  private settled = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: ServiceConfig,
  ) {
    super();
    this.loop = new PollingLoop({
      intervalMs: config.DATA_REENCRYPTION_INTERVAL_MS,
      pass: async () => {
        if (this.settled) return false;
        // Count first: on a node with nothing stale (every start after the first) one scan per
        // table settles it. The count sees rows a batch skips while another transaction holds
        // them (the relay marking one published), so a batch of 0 means: look again later.
        if ((await this.staleRows()) === 0) {
          this.settled = true;
          return false;
        }
        return (await this.reencryptBatch()) > 0;
      },
      onError: (error) =>
        this.logger.warn({
          msg: 'field re-encryption failed; will retry',
          error: errorMessage(error),
        }),
    });
  }

  /** Rewrites up to one batch of stale rows per entity; returns how many. For tests and tools. */
  async reencryptBatch(): Promise<number> {
    let rewritten = 0;
    for (const entity of protectedEntities(this.dataSource)) {
      rewritten += await this.dataSource.transaction((manager) => this.rewrite(manager, entity));
    }
    if (rewritten > 0)
      this.logger.log({
        msg: 'personal fields moved to the current data key',
        rows: rewritten,
        key: installedFieldKeyRing().current.id,
      });
    return rewritten;
  }

  /** How many rows still hold a field under an old key, in clear, or without a lookup hash. */
  async staleRows(): Promise<number> {
    let stale = 0;
    for (const entity of protectedEntities(this.dataSource)) {
      const [{ count }] = await this.dataSource.query(
        `SELECT count(*)::int AS count FROM ${entity.metadata.tablePath} WHERE ${staleCondition(entity)}`,
      );
      stale += count;
    }
    return stale;
  }

  private async rewrite(manager: EntityManager, entity: ProtectedEntity): Promise<number> {
    const { metadata } = entity;
    const keys = metadata.primaryColumns.map((c) => `"${c.databaseName}"`).join(', ');
    const rows: ObjectLiteral[] = await manager.query(
      `SELECT ${keys} FROM ${metadata.tablePath} WHERE ${staleCondition(entity)}
       ORDER BY ${keys} LIMIT ${BATCH_SIZE} FOR UPDATE SKIP LOCKED`,
    );
    for (const row of rows) {
      const where = Object.fromEntries(
        metadata.primaryColumns.map((c) => [c.propertyName, row[c.databaseName]]),
      );
      const current = (await manager.findOneByOrFail(metadata.target, where)) as ObjectLiteral;
      const values: ObjectLiteral = {};
      for (const { property } of entity.encrypted) values[property] = current[property];
      for (const hash of entity.hashes)
        values[hash.property] = lookupHash(hash.purpose, current[hash.source] ?? null);
      await manager.update(metadata.target, where, values);
    }
    return rows.length;
  }
}

function protectedEntities(dataSource: DataSource): ProtectedEntity[] {
  return dataSource.entityMetadatas
    .map((metadata) => {
      const encrypted = metadata.columns
        .filter((c) => c.transformer instanceof EncryptedFieldTransformer)
        .map((c) => ({ property: c.propertyName, column: c.databaseName }));
      const hashes = lookupHashesOf(metadata.target as object).map((hash) => ({
        ...hash,
        column: metadata.findColumnWithPropertyName(hash.property)!.databaseName,
        sourceColumn: metadata.findColumnWithPropertyName(hash.source)!.databaseName,
      }));
      return { metadata, encrypted, hashes };
    })
    .filter((entity) => entity.encrypted.length > 0);
}

/** SQL true for a row with any field not under the current key, or a lookup hash missing. */
function staleCondition(entity: ProtectedEntity): string {
  const current = `${CIPHERTEXT_PREFIX}${installedFieldKeyRing().current.id}:%`;
  const parts = [
    ...entity.encrypted.map(
      ({ column }) => `("${column}" IS NOT NULL AND "${column}" NOT LIKE '${current}')`,
    ),
    ...entity.hashes.map(
      ({ column, sourceColumn }) => `("${column}" IS NULL AND "${sourceColumn}" IS NOT NULL)`,
    ),
  ];
  return parts.join(' OR ');
}
