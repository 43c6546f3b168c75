import { Column, Index } from 'typeorm';
import { keyedHash } from './field-key-ring';
import { installedFieldKeyRing } from './installed-key-ring';

/** Which encrypted property a lookup-hash column is the hash of, per entity class. */
export interface LookupHashDefinition {
  readonly property: string;
  readonly source: string;
  readonly purpose: string;
}

/** Lookup purposes shared across tables: the same person or card hashes alike in each. */
export const RESIDENT_ID_LOOKUP = 'resident-id';
export const CARD_NUMBER_LOOKUP = 'card-number';

const definitions = new WeakMap<object, LookupHashDefinition[]>();

/**
 * The keyed hash of an encrypted field, for equality lookups (duplicate filings by ID number,
 * open cases of a card): the database compares hashes and never holds the value in clear.
 * Case and surrounding spaces do not count: IDs and card numbers end in X or x alike.
 */
export function lookupHash(purpose: string, value: string): string;
export function lookupHash(purpose: string, value: string | null): string | null;
export function lookupHash(purpose: string, value: string | null): string | null {
  if (value === null) return null;
  return keyedHash(installedFieldKeyRing().lookupKey, purpose, value.trim().toUpperCase());
}

/**
 * Declares a column holding `lookupHash(purpose, entity[source])`, indexed. Feature code sets it
 * where it sets the source; the background re-encryption fills it for rows from before.
 */
export function LookupHashColumn(
  purpose: string,
  source: string,
  options: { nullable?: boolean } = {},
): PropertyDecorator {
  return (target, property) => {
    const own = definitions.get(target.constructor) ?? [];
    own.push({ property: String(property), source, purpose });
    definitions.set(target.constructor, own);
    Column({ type: 'text', nullable: options.nullable ?? true })(target, property);
    Index()(target, property);
  };
}

export function lookupHashesOf(entity: object): readonly LookupHashDefinition[] {
  return definitions.get(entity) ?? [];
}
