import { ConfigVariable, ServiceConfig } from '@tongban/config';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** Publicity's environment: the shared variables and the county's notice period. */
export class PublicityConfig extends ServiceConfig {
  @ConfigVariable({
    group: 'node',
    description: 'Working days a conclusion is publicised (management measures art. 9: usually 5)',
  })
  @Type(() => Number)
  @Min(1)
  @Max(30)
  @IsInt()
  PUBLICITY_WORKING_DAYS = 5;
}
