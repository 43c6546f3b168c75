import { decryptField, encryptField, installedFieldKeyRing } from '@tongban/persistence';

/**
 * A dead letter's value is whatever the service could not handle, often an envelope it had
 * already decrypted: personal data. It is sealed under the node's own data key before it goes
 * back to the broker, so the dead-letter topic holds no more in clear than the database does.
 */
const SEALED_FIELD = 'dead-letter.value';

/** The header that says a dead letter's value is sealed, and how. */
export const DEAD_LETTER_SEALED_HEADER = 'x-dead-letter-sealed';
export const DEAD_LETTER_SEAL = 'enc:v1:base64';

/** The value sealed under the node's current data key (bytes kept exactly, as base64). */
export function sealDeadLetter(value: Buffer): string {
  return encryptField(installedFieldKeyRing().current, SEALED_FIELD, value.toString('base64'));
}

/** The original bytes of a sealed dead letter, for an operator with the node's data keys. */
export function openDeadLetter(sealed: Buffer | string): Buffer {
  return Buffer.from(
    decryptField(installedFieldKeyRing(), SEALED_FIELD, sealed.toString()),
    'base64',
  );
}
