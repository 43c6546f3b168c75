import { photoProblems } from '@tongban/domain';
import { decodeImage, sha256Hex, UndecodableContentError } from '@tongban/storage';

/**
 * Why a stored photo cannot go on a card, or undefined when it can: its bytes must still match
 * the digest recorded when it arrived (R30), decode completely as a JPEG or PNG (the formats a
 * PDF embeds) and be a printable two-inch photo (R5: size, portrait, opaque, not blank) — the
 * same checks intake makes at upload, repeated because the photo came from another county.
 */
export function photoProblem(bytes: Buffer, expectedSha256: string): string | undefined {
  if (sha256Hex(bytes) !== expectedSha256) {
    return 'photo: the stored photo does not match the sha256 recorded when it arrived (R30); have it transferred again';
  }
  try {
    const problems = photoProblems(decodeImage(bytes), 'photo');
    if (problems.length === 0) return undefined;
    return `${problems.map((p) => p.message).join('; ')}; ask for a new photo`;
  } catch (error) {
    if (!(error instanceof UndecodableContentError)) throw error;
    return `photo: only a JPEG or PNG photo that decodes can be printed on the card: ${error.reason} (R5); ask for a new photo scan`;
  }
}
