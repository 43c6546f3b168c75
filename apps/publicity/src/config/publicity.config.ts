import { ConfigVariable, HasNoListedProblems, ServiceConfig } from '@tongban/config';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';
import {
  NOTICE_PERIOD_MAX,
  NOTICE_PERIOD_MIN,
  parseCountyNoticePeriods,
} from './county-notice-periods';

/** Publicity's environment: the shared variables and the counties' notice periods. */
export class PublicityConfig extends ServiceConfig {
  @ConfigVariable({
    group: 'node',
    description: 'Working days a conclusion is publicised (management measures art. 9: usually 5)',
  })
  @Type(() => Number)
  @Min(NOTICE_PERIOD_MIN)
  @Max(NOTICE_PERIOD_MAX)
  @IsInt()
  PUBLICITY_WORKING_DAYS = 5;

  @ConfigVariable({
    group: 'node',
    description:
      'Counties whose notice period differs from PUBLICITY_WORKING_DAYS, as county=days pairs (e.g. "320106=7,320102=5")',
  })
  @IsString()
  // Each pair names a county this node serves and a period within bounds.
  @HasNoListedProblems(
    'isCountyNoticePeriods',
    (value, config: ServiceConfig) =>
      parseCountyNoticePeriods(String(value), config.COUNTY_CODES ?? []).problems,
  )
  PUBLICITY_WORKING_DAYS_BY_COUNTY = '';

  /** The notice period of one county this node serves. */
  noticePeriodOf(countyCode: string): number {
    const { periods } = parseCountyNoticePeriods(
      this.PUBLICITY_WORKING_DAYS_BY_COUNTY,
      this.COUNTY_CODES,
    );
    return periods.get(countyCode) ?? this.PUBLICITY_WORKING_DAYS;
  }
}
