import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsLocalDate } from '@tongban/contracts';
import { PageQuery } from '@tongban/runtime';
import { IsIn, IsOptional } from 'class-validator';
import { OLD_CARD_STATUSES, type OldCardStatus } from './old-card.entity';

/** GET /old-cards: the county's custody register, filtered and paged. */
export class CustodyRegisterQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OLD_CARD_STATUSES })
  @IsOptional()
  @IsIn(OLD_CARD_STATUSES)
  status?: OldCardStatus;

  @ApiPropertyOptional({
    example: '2027-12-02',
    description: 'R28: only cards still held whose destruction date is on or before this day',
  })
  @IsOptional()
  @IsLocalDate()
  dueBy?: string;
}
