import { createHmac } from 'node:crypto';

/** One data key of a node: 32 bytes for AES-256-GCM, named so a ciphertext says which opened it. */
export interface DataKey {
  readonly id: string;
  readonly key: Buffer;
}

/**
 * The keys a node encrypts personal fields with (R32, 等保 level 3). The first is current:
 * every write uses it. The others only open what was written before a rotation, until the
 * background re-encryption has moved every row to the current key and they can be dropped.
 */
export interface FieldKeyRing {
  readonly current: DataKey;
  readonly keys: readonly DataKey[];
  /** HMAC key of the lookup hashes (find a person by ID number without storing it in clear). */
  readonly lookupKey: Buffer;
}

const KEY_ID = /^[a-z0-9][a-z0-9-]{0,15}$/;

/**
 * Reads `DATA_ENCRYPTION_KEYS` ("id:base64,id:base64", current first) and `DATA_LOOKUP_KEY`
 * (base64). Errors name the variable and the part that is wrong, never a key.
 */
export function parseFieldKeyRing(encryptionKeys: string, lookupKey: string): FieldKeyRing {
  const keys = encryptionKeys.split(',').map((entry, index) => {
    const [id, base64, ...rest] = entry.trim().split(':');
    if (!id || !base64 || rest.length > 0 || !KEY_ID.test(id))
      throw new Error(
        `DATA_ENCRYPTION_KEYS: entry ${index + 1} must be <id>:<base64 key> with an id of lowercase letters, digits and dashes`,
      );
    const key = Buffer.from(base64, 'base64');
    if (key.length !== 32)
      throw new Error(
        `DATA_ENCRYPTION_KEYS: key "${id}" must be 32 bytes (AES-256), not ${key.length}`,
      );
    return { id, key };
  });
  const ids = keys.map((k) => k.id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new Error(`DATA_ENCRYPTION_KEYS: key id "${repeated}" appears twice`);
  const lookup = Buffer.from(lookupKey, 'base64');
  if (lookup.length < 32) throw new Error('DATA_LOOKUP_KEY: must be at least 32 bytes (base64)');
  return { current: keys[0], keys, lookupKey: lookup };
}

/**
 * The node's keyed hash of a value for equality lookups: HMAC-SHA256 under the lookup key,
 * bound to what the value is (`purpose`), so one person's hashes in two columns differ.
 */
export function keyedHash(lookupKey: Buffer, purpose: string, value: string): string {
  return createHmac('sha256', lookupKey).update(`${purpose}\0${value}`).digest('base64url');
}
