import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@tongban/auth';
import {
  CountyKeysPublishedPayload,
  KEY_REGISTRY_FLOW_ID,
  NATIONAL_MONITOR_COUNTY,
  RegisteredCountyKey,
  Topics,
} from '@tongban/contracts';
import { EventPublisher, keyThumbprint, publicKeyFromBase64 } from '@tongban/messaging';
import { conflict, notFound, unprocessable } from '@tongban/runtime';
import { Clock } from '@tongban/util';
import { DataSource, EntityManager } from 'typeorm';
import { CountyKey } from './county-key.entity';
import { RegisterCountyKeyDto } from './dtos/register-county-key.dto';
import { RevokeCountyKeyDto } from './dtos/revoke-county-key.dto';
import { KeyRegistryState } from './key-registry-state.entity';

/**
 * The national registry of county signing keys: registering and revoking a key change the
 * registry and, in the same transaction, queue its whole new publication, which the relay
 * signs with this node's key (the registry key every node pins) and sends to every node.
 */
@Injectable()
export class KeyRegistryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly clock: Clock,
  ) {}

  async register(input: RegisterCountyKeyDto, staff: StaffPrincipal): Promise<RegisteredCountyKey> {
    const keyId = keyIdOf(input.publicKey);
    return this.change(async (manager) => {
      const existing = await manager.findOneBy(CountyKey, { keyId });
      if (existing)
        throw conflict(
          `publicKey: key ${keyId} is already registered for county ${existing.county}`,
        );
      const now = this.clock.now();
      const key = await manager.save(
        manager.create(CountyKey, {
          keyId,
          county: input.county,
          use: 'signing',
          publicKey: input.publicKey,
          validFrom: input.validFrom ? new Date(input.validFrom) : now,
          registeredAt: now,
          registeredBy: staff.staffId,
          revokedAt: null,
          revocationReason: null,
          revokedBy: null,
        }),
      );
      return published(key);
    });
  }

  async revoke(
    keyId: string,
    input: RevokeCountyKeyDto,
    staff: StaffPrincipal,
  ): Promise<RegisteredCountyKey> {
    return this.change(async (manager) => {
      const key = await manager.findOneBy(CountyKey, { keyId });
      if (!key) throw notFound(`thumbprint: no key ${keyId} in the registry`);
      if (key.revokedAt)
        throw conflict(
          `thumbprint: key ${keyId} was already revoked at ${key.revokedAt.toISOString()}`,
        );
      key.revokedAt = input.revokedAt ? new Date(input.revokedAt) : this.clock.now();
      key.revocationReason = input.reason;
      key.revokedBy = staff.staffId;
      return published(await manager.save(key));
    });
  }

  /** The registry as its latest publication says it (sequence 0 and no time before the first). */
  async current(): Promise<RegistryView> {
    const manager = this.dataSource.manager;
    const state = await manager.findOneByOrFail(KeyRegistryState, { id: 1 });
    return {
      sequence: Number(state.sequence),
      issuedAt: state.publishedAt?.toISOString() ?? null,
      keys: await this.keys(manager),
    };
  }

  /** Runs a change under the registry's lock and queues the publication it leads to. */
  private change<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder(KeyRegistryState, 'state')
        .setLock('pessimistic_write')
        .where('state.id = 1')
        .getOne();
      const result = await work(manager);
      const state = await manager.findOneByOrFail(KeyRegistryState, { id: 1 });
      state.sequence = String(Number(state.sequence) + 1);
      state.publishedAt = this.clock.now();
      await manager.save(state);
      const publication: CountyKeysPublishedPayload = {
        sequence: Number(state.sequence),
        issuedAt: state.publishedAt.toISOString(),
        keys: await this.keys(manager),
      };
      await this.publisher.publish(manager, Topics.countyKeysPublished, {
        caseId: KEY_REGISTRY_FLOW_ID,
        sourceCounty: NATIONAL_MONITOR_COUNTY,
        destinationCounty: NATIONAL_MONITOR_COUNTY,
        payload: publication,
      });
      return result;
    });
  }

  private async keys(manager: EntityManager): Promise<RegisteredCountyKey[]> {
    const keys = await manager.find(CountyKey, { order: { county: 'ASC', validFrom: 'ASC' } });
    return keys.map(published);
  }
}

/** What GET /key-registry answers: the latest publication, or the empty registry before one. */
export type RegistryView = Omit<CountyKeysPublishedPayload, 'issuedAt'> & {
  issuedAt: string | null;
};

/** The key id of a submitted key, once it is known to be an Ed25519 public key. */
function keyIdOf(publicKey: string): string {
  try {
    const key = publicKeyFromBase64(publicKey);
    if (key.asymmetricKeyType === 'ed25519') return keyThumbprint(key);
  } catch {
    // Answered below like any key that is not Ed25519.
  }
  throw unprocessable('publicKey: not a usable Ed25519 public key (R34)');
}

function published(key: CountyKey): RegisteredCountyKey {
  return {
    county: key.county,
    keyId: key.keyId,
    use: key.use,
    publicKey: key.publicKey,
    validFrom: key.validFrom.toISOString(),
    ...(key.revokedAt
      ? { revokedAt: key.revokedAt.toISOString(), revocationReason: key.revocationReason! }
      : {}),
  };
}
