/**
 * A phone number as it may appear in logs and staff lists (R32): the carrier prefix and the
 * last four digits, e.g. 138****8000 — enough to tell two contacts apart, not to dial. At
 * least four digits are always hidden.
 */
export function maskPhone(phone: string): string {
  const value = phone.trim();
  if (value.length >= 11)
    return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
  if (value.length >= 8) return `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
  return '*'.repeat(value.length);
}
