import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VERIFICATION_STATUSES, type VerificationStatus } from './verification-status';

/**
 * The whole public answer about a card. No name, ID, address, category or level: those are
 * personal and health data (R32); the card in the verifier's hand shows them already.
 */
export class VerificationView {
  @ApiProperty({ enum: VERIFICATION_STATUSES })
  status!: VerificationStatus;

  @ApiPropertyOptional({ example: '2036-05-19', description: 'Last day of validity (R13)' })
  validUntil?: string;
}
