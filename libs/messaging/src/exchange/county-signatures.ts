import { Injectable } from '@nestjs/common';
import { ServiceConfig } from '@tongban/config';
import { SignatureHeaders } from '@tongban/contracts';
import { Clock } from '@tongban/util';
import { createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { parseCountyKeys } from './county-keys';
import { CountyKeyRegistry } from './key-registry/county-key-registry';
import { keyThumbprint } from './key-registry/key-thumbprint';

// The wire names belong to the public contract (R34); re-exported for the transport's users.
export { SignatureHeaders };

export type SignatureCheck = { valid: true } | { valid: false; reason: string };

/** A key a county may sign with, and what the registry says of it (nothing, for a pinned one). */
interface CandidateKey {
  keyId: string;
  key: KeyObject;
  validFrom?: Date;
  revokedAt?: Date;
  revocationReason?: string;
}

/**
 * Ed25519 signatures between nodes (DESIGN §4): this node signs what it sends to other
 * counties and to the national stream; a receiver accepts only what a county it trusts signed,
 * byte for byte, with a key in force when the message arrives. Trusted keys are the ones the
 * operator pinned (EXCHANGE_TRUSTED_KEYS) and the ones the national key registry publishes;
 * the registry's revocation of a key holds for a pinned one too.
 */
@Injectable()
export class CountySignatures {
  private readonly signingKey?: KeyObject;
  /** The thumbprint of this node's signing key, sent with every signature. */
  readonly signingKeyId?: string;
  private readonly pinned: Map<string, CandidateKey>;

  constructor(
    config: ServiceConfig,
    private readonly registry: CountyKeyRegistry,
    private readonly clock: Clock,
  ) {
    if (config.EXCHANGE_SIGNING_KEY) {
      this.signingKey = createPrivateKey({
        key: Buffer.from(config.EXCHANGE_SIGNING_KEY, 'base64'),
        format: 'der',
        type: 'pkcs8',
      });
      this.signingKeyId = keyThumbprint(createPublicKey(this.signingKey));
    }
    this.pinned = new Map(
      [...parseCountyKeys(config.EXCHANGE_TRUSTED_KEYS)].map(([county, key]) => [
        county,
        { keyId: keyThumbprint(key), key },
      ]),
    );
  }

  /** Whether this node can send to other counties at all. */
  canSign(): boolean {
    return this.signingKey !== undefined;
  }

  /** Base64 Ed25519 signature of the bytes; throws if this node has no signing key. */
  sign(bytes: Buffer): string {
    if (!this.signingKey)
      throw new Error('EXCHANGE_SIGNING_KEY is not configured: cannot send to other counties');
    return sign(null, bytes, this.signingKey).toString('base64');
  }

  /**
   * Checks that a trusted county signed exactly these bytes, with the key the sender named
   * (when it named one) or any key of the county, and that this key is in force now.
   */
  verify(
    signerCounty: string | undefined,
    bytes: Buffer,
    signature: string | undefined,
    keyId?: string,
  ): SignatureCheck {
    if (!signerCounty || !signature)
      return { valid: false, reason: 'unsigned: no signature or signer header' };
    const known = this.keysOf(signerCounty);
    if (known.length === 0)
      return { valid: false, reason: `signer ${signerCounty} is not a trusted county` };
    const candidates = keyId ? known.filter((candidate) => candidate.keyId === keyId) : known;
    if (candidates.length === 0)
      return { valid: false, reason: `key ${keyId} is not a key of county ${signerCounty}` };
    const signer = candidates.find((candidate) => verifies(candidate.key, bytes, signature));
    if (!signer)
      return {
        valid: false,
        reason: `signature of county ${signerCounty} does not match the message`,
      };
    return this.inForce(signerCounty, signer);
  }

  /** The pinned key of a county and the registry's keys of it, the registry's word first. */
  private keysOf(county: string): CandidateKey[] {
    const registered: CandidateKey[] = this.registry.keysOf(county);
    const pinned = this.pinned.get(county);
    if (!pinned) return registered;
    return [...registered, this.registry.find(pinned.keyId) ? undefined : pinned].filter(
      (key): key is CandidateKey => key !== undefined,
    );
  }

  /** Whether the key that signed is valid at the time the message is received. */
  private inForce(county: string, key: CandidateKey): SignatureCheck {
    const now = this.clock.now();
    if (key.revokedAt && key.revokedAt <= now)
      return {
        valid: false,
        reason: `key ${key.keyId} of county ${county} was revoked at ${key.revokedAt.toISOString()}${
          key.revocationReason ? ` (${key.revocationReason})` : ''
        }`,
      };
    if (key.validFrom && key.validFrom > now)
      return {
        valid: false,
        reason: `key ${key.keyId} of county ${county} is valid only from ${key.validFrom.toISOString()}`,
      };
    return { valid: true };
  }
}

/** Whether a base64 Ed25519 signature over the bytes verifies with the key (malformed: no). */
export function verifies(key: KeyObject, bytes: Buffer, signature: string): boolean {
  try {
    return verify(null, bytes, key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
