import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

/** What staff enter when a holder reports the card lost (R22). */
export class ReportCardLostDto {
  @ApiProperty({ example: 'holder reported the card lost at the counter' })
  @IsString()
  @Length(1, 500)
  reason!: string;

  @ApiPropertyOptional({ description: 'The loss-replacement application, if already filed' })
  @IsOptional()
  @IsUUID()
  applicationId?: string;
}
