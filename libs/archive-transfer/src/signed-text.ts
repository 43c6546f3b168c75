import type { SignedTextDto } from '@tongban/contracts';
import type { CountySignatures } from '@tongban/messaging';
import { createHash } from 'node:crypto';

/**
 * A manifest or receipt as it travels (libs/contracts SignedTextDto): its exact UTF-8 text and
 * the sending county's Ed25519 signature over those bytes, so the receiver can keep it as
 * evidence and check it again later, away from Kafka.
 */
export type SignedText = SignedTextDto;

/** Signs a text as this node, for the county it speaks for. */
export function signText(text: string, county: string, signatures: CountySignatures): SignedText {
  return {
    text,
    signerCounty: county,
    signerKeyId: signatures.signingKeyId!,
    signature: signatures.sign(Buffer.from(text, 'utf8')),
  };
}

/** Why a signed text is not to be trusted, or undefined when a trusted county signed it. */
export function signatureProblem(
  signed: SignedText,
  signatures: CountySignatures,
): string | undefined {
  const check = signatures.verify(
    signed.signerCounty,
    Buffer.from(signed.text, 'utf8'),
    signed.signature,
    signed.signerKeyId,
  );
  return check.valid ? undefined : check.reason;
}

/** The sha256 (hex) of a text's exact bytes: what a receipt names the manifest by. */
export function textSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
