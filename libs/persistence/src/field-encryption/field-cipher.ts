import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DataKey, FieldKeyRing } from './field-key-ring';

/** Marks a stored value as a ciphertext and names its format and key: `enc:v1:<key id>:…`. */
export const CIPHERTEXT_PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function isCiphertext(stored: string): boolean {
  return stored.startsWith(CIPHERTEXT_PREFIX);
}

/** The id of the key a stored ciphertext was written with. */
export function ciphertextKeyId(stored: string): string {
  return stored.slice(CIPHERTEXT_PREFIX.length, stored.indexOf(':', CIPHERTEXT_PREFIX.length));
}

/** Random IVs drawn from the system CSPRNG in blocks: one call per value costs a third of a seal. */
const IV_POOL_SIZE = 1024 * IV_BYTES;
let ivPool = Buffer.alloc(0);
let ivOffset = 0;

/** A fresh random 96-bit IV, never handed out twice. */
function nextIv(): Buffer {
  if (ivOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_POOL_SIZE);
    ivOffset = 0;
  }
  ivOffset += IV_BYTES;
  return ivPool.subarray(ivOffset - IV_BYTES, ivOffset);
}

/**
 * AES-256-GCM of one field. The additional data is the field's name (`table.column`): a
 * ciphertext copied into another column does not open there.
 */
export function encryptField(key: DataKey, field: string, plaintext: string): string {
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', key.key, iv).setAAD(Buffer.from(field));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const sealed = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  return `${CIPHERTEXT_PREFIX}${key.id}:${sealed}`;
}

/** Opens a ciphertext of `field`; fails loudly on an unknown key or any tampering. */
export function decryptField(ring: FieldKeyRing, field: string, stored: string): string {
  const keyId = ciphertextKeyId(stored);
  const key = ring.keys.find((k) => k.id === keyId);
  if (!key)
    throw new Error(
      `${field}: written with data key "${keyId}", which DATA_ENCRYPTION_KEYS no longer holds`,
    );
  const sealed = Buffer.from(
    stored.slice(CIPHERTEXT_PREFIX.length + keyId.length + 1),
    'base64url',
  );
  const decipher = createDecipheriv('aes-256-gcm', key.key, sealed.subarray(0, IV_BYTES))
    .setAAD(Buffer.from(field))
    .setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new Error(`${field}: the stored ciphertext does not open (altered, or another field's)`);
  }
}
