import { randomBytes } from 'node:crypto';

const TOKEN_BYTES = 32;
/** 32 random bytes in base64url: 43 characters from [A-Za-z0-9_-]. */
export const VERIFICATION_TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const TOKEN_SHAPE = VERIFICATION_TOKEN_SHAPE;

/**
 * A new verification token for a card's QR code: 256 bits from the OS CSPRNG, so it can be
 * neither guessed nor derived from the holder (unlike the certificate number, which holds the ID).
 */
export function newVerificationToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** Whether a string has the shape of a verification token (not whether one was issued). */
export function looksLikeVerificationToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}
