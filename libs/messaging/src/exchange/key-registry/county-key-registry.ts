import { Injectable } from '@nestjs/common';
import { CountyKeysPublishedPayload } from '@tongban/contracts';
import { KeyObject } from 'node:crypto';
import { publicKeyFromBase64 } from './key-thumbprint';

/** A county signing key as the national registry last published it. */
export interface RegisteredKey {
  county: string;
  keyId: string;
  key: KeyObject;
  validFrom: Date;
  revokedAt?: Date;
  revocationReason?: string;
}

/**
 * The county keys of the newest registry publication this process verified. Publications
 * replace each other whole; an older or replayed one changes nothing, so a revocation cannot
 * be undone by sending the publication before it again.
 */
@Injectable()
export class CountyKeyRegistry {
  private sequence = 0;
  private byKeyId = new Map<string, RegisteredKey>();

  /** The sequence of the publication in force; 0 before the first. */
  get version(): number {
    return this.sequence;
  }

  /** Takes a verified publication if it is newer than the one in force; says whether it did. */
  adopt(publication: CountyKeysPublishedPayload): boolean {
    if (publication.sequence <= this.sequence) return false;
    this.byKeyId = new Map(
      publication.keys
        .filter((entry) => entry.use === 'signing')
        .map((entry) => [
          entry.keyId,
          {
            county: entry.county,
            keyId: entry.keyId,
            key: publicKeyFromBase64(entry.publicKey),
            validFrom: new Date(entry.validFrom),
            revokedAt: entry.revokedAt ? new Date(entry.revokedAt) : undefined,
            revocationReason: entry.revocationReason,
          },
        ]),
    );
    this.sequence = publication.sequence;
    return true;
  }

  /** The registry's word on a key, if it has one. */
  find(keyId: string): RegisteredKey | undefined {
    return this.byKeyId.get(keyId);
  }

  /** Every key the registry lists for a county, revoked ones included. */
  keysOf(county: string): RegisteredKey[] {
    return [...this.byKeyId.values()].filter((entry) => entry.county === county);
  }
}
