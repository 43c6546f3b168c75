import { IsBase64, IsString, Length, Matches } from 'class-validator';
import { IsCountyCode } from '../validation/domain-validators';
import { KEY_ID_PATTERN } from '../messages/registry/county-keys-published.event';

/**
 * A document that must stay verifiable after it left Kafka (an archive manifest, a receipt):
 * its exact UTF-8 text and the signing county's Ed25519 signature over those bytes, with the
 * RFC 7638 thumbprint of the key as the national key registry names it. Never re-serialised.
 */
export class SignedTextDto {
  @IsString()
  @Length(2, 4_000_000)
  text!: string;

  @IsCountyCode()
  signerCounty!: string;

  @Matches(KEY_ID_PATTERN, { message: '$property must be an RFC 7638 SHA-256 JWK thumbprint' })
  signerKeyId!: string;

  @IsBase64()
  @Length(88, 88, { message: '$property must be a base64 Ed25519 signature (64 bytes)' })
  signature!: string;
}
