import { Column, FindOperator, type ValueTransformer } from 'typeorm';
import { decryptField, encryptField, isCiphertext } from './field-cipher';
import { installedFieldKeyRing } from './installed-key-ring';

type Encoding = 'text' | 'json';

/**
 * Encrypts a column's value on the way into PostgreSQL and opens it on the way out. A value
 * stored before the column was encrypted (no ciphertext prefix) is read as it is, until the
 * background re-encryption rewrites it.
 */
export class EncryptedFieldTransformer implements ValueTransformer {
  constructor(
    /** The additional authenticated data: which field this is, `table.column`. */
    readonly field: string,
    private readonly encoding: Encoding,
  ) {}

  to(value: unknown): string | null | undefined {
    if (value === null || value === undefined) return value;
    if (value instanceof FindOperator)
      throw new Error(
        `${this.field} is encrypted and cannot be searched; look it up by its keyed hash`,
      );
    const plaintext = this.encoding === 'json' ? JSON.stringify(value) : String(value);
    return encryptField(installedFieldKeyRing().current, this.field, plaintext);
  }

  from(stored: unknown): unknown {
    if (stored === null || stored === undefined) return stored;
    if (typeof stored !== 'string') return stored; // a jsonb value from before encryption
    const plaintext = isCiphertext(stored)
      ? decryptField(installedFieldKeyRing(), this.field, stored)
      : stored;
    return this.encoding === 'json' ? JSON.parse(plaintext) : plaintext;
  }
}

interface EncryptedColumnOptions {
  nullable?: boolean;
}

function encryptedColumn(field: string, encoding: Encoding, options: EncryptedColumnOptions) {
  return Column({
    type: 'text',
    nullable: options.nullable ?? false,
    transformer: new EncryptedFieldTransformer(field, encoding),
  });
}

/**
 * A personal text field (name, ID number, phone, address line…), stored encrypted with the
 * node's current data key. `field` names it as `table.column`; it is bound into the ciphertext.
 * Never compare it in a query: each ciphertext is different, so `where: { idNumber }` silently
 * finds nothing. Look such a field up by its LookupHashColumn instead.
 */
export function EncryptedColumn(
  field: string,
  options: EncryptedColumnOptions = {},
): PropertyDecorator {
  return encryptedColumn(field, 'text', options);
}

/** A personal structured field (address, guardian, conclusion…), stored as encrypted JSON. */
export function EncryptedJsonColumn(
  field: string,
  options: EncryptedColumnOptions = {},
): PropertyDecorator {
  return encryptedColumn(field, 'json', options);
}
