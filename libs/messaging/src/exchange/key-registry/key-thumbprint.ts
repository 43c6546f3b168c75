import { createHash, createPublicKey, KeyObject } from 'node:crypto';

/**
 * A public key's RFC 7638 JWK thumbprint (SHA-256, base64url): the key id every node and the
 * registry name it by, computable by any JOSE library (the docking guide's Python example uses
 * jwcrypto's `thumbprint()`).
 */
export function keyThumbprint(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP') throw new Error(`thumbprint of a ${String(jwk.kty)} key is not supported`);
  // RFC 7638 §3.2: the required members only, in lexicographic order, no whitespace.
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x });
  return createHash('sha256').update(canonical).digest('base64url');
}

/** A public key from base64 SPKI DER, as configuration and the registry carry it. */
export function publicKeyFromBase64(spki: string): KeyObject {
  return createPublicKey({ key: Buffer.from(spki, 'base64'), format: 'der', type: 'spki' });
}
