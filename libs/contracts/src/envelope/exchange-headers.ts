/**
 * The Kafka headers and algorithms of the exchange between deployments (R34): part of the public
 * contract, so the AsyncAPI document and the transport in libs/messaging read the same names.
 */

/** Every message carries its envelope id in this header (tracing; receivers rely on the envelope). */
export const EVENT_ID_HEADER = 'event-id';

/**
 * Kafka headers that carry a county's signature over the exact message bytes, and (optional)
 * the RFC 7638 thumbprint of the key that made it, as the key registry names it.
 */
export const SignatureHeaders = {
  signature: 'x-tongban-signature',
  signer: 'x-tongban-signer-county',
  key: 'x-tongban-signer-key',
} as const;

/** The Kafka header that says how a message to a county is encrypted. */
export const EncryptionHeaders = { encryption: 'x-tongban-encryption' } as const;

/**
 * How a message to another county is encrypted (DESIGN §4, docking guide): a JWE in compact
 * serialization (RFC 7516), key agreement ECDH-ES on the receiving county's X25519 key
 * (RFC 8037), content AES-256-GCM; `kid` names the county. The sender signs the JWE's bytes.
 */
export const EXCHANGE_ENCRYPTION = { header: 'JWE', alg: 'ECDH-ES', enc: 'A256GCM' } as const;
