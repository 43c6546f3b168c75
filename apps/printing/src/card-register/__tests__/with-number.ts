import { cardNumberHash } from '../card-by-number';

/**
 * A find condition on the register's cards of one number: by its keyed hash, as CardByNumber
 * compares it (the number is encrypted). Nest it under `card` for the history or certificates.
 */
export function withNumber(cardNumber: string): { cardNumberHash: string } {
  return { cardNumberHash: cardNumberHash(cardNumber) };
}
