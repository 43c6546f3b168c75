import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCountyCode } from '@tongban/contracts';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

/** Base64 of an Ed25519 SPKI DER: its fixed 12-byte prefix, then the 32-byte key. */
const ED25519_SPKI_BASE64 = /^MCowBQYDK2VwAyEA[A-Za-z0-9+/]{43}=$/;

/** A county's new signing key, as its operators handed it to the national office. */
export class RegisterCountyKeyDto {
  @ApiProperty({ example: '320106', pattern: '^\\d{6}$' })
  @IsCountyCode()
  county!: string;

  @ApiProperty({ description: 'Ed25519 public key, base64 SPKI DER (44 bytes)' })
  @Matches(ED25519_SPKI_BASE64, {
    message: '$property must be an Ed25519 public key in base64 SPKI DER (R34)',
  })
  publicKey!: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'From when envelopes it signs are accepted; now when absent',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  validFrom?: string;
}
