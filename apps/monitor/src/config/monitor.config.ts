import { ConfigVariable, parseBoolean, ServiceConfig } from '@tongban/config';
import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';

/** Monitor's environment: the shared service variables and where it starts reading. */
export class MonitorConfig extends ServiceConfig {
  @ConfigVariable({
    group: 'node',
    description:
      'Whether a monitor that has never run reads the national stream from its beginning (true) or only what is published from then on (false)',
  })
  @Transform(parseBoolean)
  @IsBoolean({ message: 'must be true or false' })
  MONITOR_READS_HISTORY = true;
}
