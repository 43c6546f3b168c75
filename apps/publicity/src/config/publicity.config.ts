import { ConfigVariable, ServiceConfig } from '@tongban/config';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsString,
  Max,
  Min,
  ValidateBy,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import {
  NOTICE_PERIOD_MAX,
  NOTICE_PERIOD_MIN,
  parseCountyNoticePeriods,
} from './county-notice-periods';

/** Checks `county=days` pairs against the counties the node serves, naming each problem. */
function IsCountyNoticePeriods(options?: ValidationOptions): PropertyDecorator {
  const problemsOf = (value: unknown, args: ValidationArguments) =>
    parseCountyNoticePeriods(String(value), (args.object as ServiceConfig).COUNTY_CODES ?? [])
      .problems;
  return ValidateBy(
    {
      name: 'isCountyNoticePeriods',
      validator: {
        validate: (value, args) => problemsOf(value, args!).length === 0,
        defaultMessage: (args) => problemsOf(args!.value, args!).join('; '),
      },
    },
    options,
  );
}

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
  @IsCountyNoticePeriods()
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
