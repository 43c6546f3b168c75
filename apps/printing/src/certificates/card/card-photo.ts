import { sha256Hex } from '@tongban/storage';

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Why a stored photo cannot go on a card, or undefined when it can: its bytes must still match
 * the digest recorded when it arrived (R30) and be a JPEG or PNG, the formats a PDF embeds.
 */
export function photoProblem(bytes: Buffer, expectedSha256: string): string | undefined {
  if (sha256Hex(bytes) !== expectedSha256) {
    return 'photo: the stored photo does not match the sha256 recorded when it arrived (R30); have it transferred again';
  }
  if (!startsWith(bytes, JPEG) && !startsWith(bytes, PNG)) {
    return 'photo: only a JPEG or PNG photo can be printed on the card (R5); ask for a new photo scan';
  }
  return undefined;
}

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}
