import { ConfigVariable, ServiceConfig } from '@tongban/config';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** Archive's environment: the shared service variables plus the fixity audit's pace (R30). */
export class ArchiveConfig extends ServiceConfig {
  @ConfigVariable({
    group: 'storage',
    description:
      'How often the fixity audit looks for stored documents due to be re-read (ms); while it finds full batches it goes on at once',
  })
  @Type(() => Number)
  @IsInt()
  @Min(50)
  ARCHIVE_FIXITY_AUDIT_INTERVAL_MS = 60_000;

  @ConfigVariable({
    group: 'storage',
    description:
      'How long after its last check a stored document is re-read and its sha256 compared again (ms; default 7 days); the oldest checked go first',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  ARCHIVE_FIXITY_RECHECK_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

  @ConfigVariable({
    group: 'storage',
    description: 'Documents the fixity audit re-reads in one batch (one at a time, streamed)',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  ARCHIVE_FIXITY_BATCH_SIZE = 20;
}
