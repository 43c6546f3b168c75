import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCountyCode } from '@tongban/contracts';
import { IsBase64, IsISO8601, IsOptional, Length } from 'class-validator';

/** A county's new signing key, as its operators handed it to the national office. */
export class RegisterCountyKeyDto {
  @ApiProperty({ example: '320106', pattern: '^\\d{6}$' })
  @IsCountyCode()
  county!: string;

  @ApiProperty({ description: 'Ed25519 public key, base64 SPKI DER (44 bytes)' })
  @IsBase64()
  @Length(1, 200)
  publicKey!: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'From when envelopes it signs are accepted; now when absent',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  validFrom?: string;
}
