import { Injectable } from '@nestjs/common';
import { ServiceConfig } from '@tongban/config';
import { SignatureHeaders } from '@tongban/contracts';
import { createPrivateKey, KeyObject, sign, verify } from 'node:crypto';
import { parseCountyKeys } from './county-keys';

// The wire names belong to the public contract (R34); re-exported for the transport's users.
export { SignatureHeaders };

export type SignatureCheck = { valid: true } | { valid: false; reason: string };

/**
 * Ed25519 signatures between county nodes (DESIGN §4): this node signs what it sends to other
 * counties; a receiver accepts only what a county it trusts signed, byte for byte.
 */
@Injectable()
export class CountySignatures {
  private readonly signingKey?: KeyObject;
  private readonly trusted: Map<string, KeyObject>;

  constructor(config: ServiceConfig) {
    if (config.EXCHANGE_SIGNING_KEY) {
      this.signingKey = createPrivateKey({
        key: Buffer.from(config.EXCHANGE_SIGNING_KEY, 'base64'),
        format: 'der',
        type: 'pkcs8',
      });
    }
    this.trusted = parseCountyKeys(config.EXCHANGE_TRUSTED_KEYS);
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

  /** Checks that a trusted county signed exactly these bytes. */
  verify(
    signerCounty: string | undefined,
    bytes: Buffer,
    signature: string | undefined,
  ): SignatureCheck {
    if (!signerCounty || !signature)
      return { valid: false, reason: 'unsigned: no signature or signer header' };
    const key = this.trusted.get(signerCounty);
    if (!key) return { valid: false, reason: `signer ${signerCounty} is not a trusted county` };
    let ok = false;
    try {
      ok = verify(null, bytes, key, Buffer.from(signature, 'base64'));
    } catch {
      ok = false;
    }
    return ok
      ? { valid: true }
      : { valid: false, reason: `signature of county ${signerCounty} does not match the message` };
  }
}
