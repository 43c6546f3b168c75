import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VERIFICATION_STATUSES, type VerificationStatus } from './verification-status';

/**
 * The whole public answer about a card, found by the token of its QR code. For a card that is
 * still the holder's (valid, expired or frozen) it adds what a checker needs to match the card
 * to the person showing it: the masked name and the photo. Never the ID number, address,
 * category or level (R32): the number on the card holds them, and it is not looked up here.
 */
export class VerificationView {
  @ApiProperty({ enum: VERIFICATION_STATUSES })
  status!: VerificationStatus;

  @ApiPropertyOptional({ example: '2036-05-19', description: 'Last day of validity (R13)' })
  validUntil?: string;

  @ApiPropertyOptional({ example: '张*', description: "The holder's surname, the rest starred" })
  maskedName?: string;

  @ApiPropertyOptional({
    example: 'verify/AbC-_0123456789abcdefghijklmnopqrstuvwxyzAB/photo',
    description: "Path of the holder's photo, relative to this service",
  })
  photoPath?: string;
}
