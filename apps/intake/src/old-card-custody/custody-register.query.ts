import { ApiPropertyOptional } from '@nestjs/swagger';
import { LOCAL_DATE_MESSAGE, LOCAL_DATE_PATTERN } from '@tongban/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { OLD_CARD_STATUSES, type OldCardStatus } from './old-card.entity';

export const MAX_REGISTER_PAGE_SIZE = 200;

/** GET /old-cards: the county's custody register, filtered and paged. */
export class CustodyRegisterQuery {
  @ApiPropertyOptional({ enum: OLD_CARD_STATUSES })
  @IsOptional()
  @IsIn(OLD_CARD_STATUSES)
  status?: OldCardStatus;

  @ApiPropertyOptional({
    example: '2027-12-02',
    description: 'R28: only cards still held whose destruction date is on or before this day',
  })
  @IsOptional()
  @Matches(LOCAL_DATE_PATTERN, { message: LOCAL_DATE_MESSAGE })
  @IsISO8601({ strict: true }, { message: '$property must be a real calendar date' })
  dueBy?: string;

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '$property must be a whole number' })
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: MAX_REGISTER_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '$property must be a whole number' })
  @Min(1)
  @Max(MAX_REGISTER_PAGE_SIZE)
  pageSize = 50;
}
