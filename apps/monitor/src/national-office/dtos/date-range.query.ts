import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsLocalDate, IsNotBefore } from './query-validators';

/** A range of days, both ends included; each view says which day of a record it filters on. */
export class DateRangeQuery {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'First day of the range' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Last day of the range' })
  @IsOptional()
  @IsLocalDate()
  @IsNotBefore('from')
  to?: string;
}
