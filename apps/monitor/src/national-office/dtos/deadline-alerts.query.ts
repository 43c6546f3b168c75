import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import {
  DEADLINE_ALERT_LEVELS,
  IsCountyCode,
  TIME_LIMIT_RULES,
  type DeadlineAlertLevel,
  type TimeLimitRule,
} from '@tongban/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { DateRangeQuery } from './date-range.query';
import { PageQuery } from '@tongban/runtime';
import { ProvinceQuery } from './province.query';

/** GET /deadline-alerts: the range (from, to) is on the due day. */
export class DeadlineAlertsQuery extends IntersectionType(
  DateRangeQuery,
  ProvinceQuery,
  PageQuery,
) {
  @ApiPropertyOptional({ example: '320106' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @ApiPropertyOptional({ enum: TIME_LIMIT_RULES })
  @IsOptional()
  @IsIn(TIME_LIMIT_RULES)
  rule?: TimeLimitRule;

  @ApiPropertyOptional({ enum: DEADLINE_ALERT_LEVELS })
  @IsOptional()
  @IsIn(DEADLINE_ALERT_LEVELS)
  level?: DeadlineAlertLevel;

  @ApiPropertyOptional({
    description: 'true: only alerts still standing (neither discharged nor followed by a breach)',
  })
  @IsOptional()
  // Query strings are text: only the words true and false are accepted.
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  open?: boolean;
}
