import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { KEY_ID_PATTERN } from '@tongban/contracts';

/** A key is named by its RFC 7638 thumbprint (not a UUID: it is derived from the key). */
export class CountyKeyParams {
  @ApiProperty({ description: 'RFC 7638 thumbprint of the key', pattern: KEY_ID_PATTERN.source })
  @Matches(KEY_ID_PATTERN, { message: '$property must be an RFC 7638 SHA-256 JWK thumbprint' })
  thumbprint!: string;
}

/** Why and from when a key is no longer to be trusted. */
export class RevokeCountyKeyDto {
  @ApiProperty({ example: 'superseded by the key registered on 2026-12-08', maxLength: 500 })
  @IsString()
  @Length(1, 500)
  reason!: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'From when its envelopes are refused: now when absent; later to retire a rotated key once messages in flight arrived',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  revokedAt?: string;
}
