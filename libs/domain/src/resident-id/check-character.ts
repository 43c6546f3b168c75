import { DomainRuleViolation } from '../errors/domain-errors';

// GB 11643-1999 §7: ISO 7064 MOD 11-2 weights 2^(18-i) mod 11 for positions 1..17.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
// Remainder r (0..10) of the weighted sum maps to the check character CHECK[r].
const CHECK = '10X98765432';

/** The ISO 7064 MOD 11-2 check character ('0'–'9' or 'X') for the first 17 digits of an ID number. */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new DomainRuleViolation(
      'GB 11643-1999',
      'idNumber',
      'INVALID_CHARACTERS',
      'the check character needs 17 ASCII digits',
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}
