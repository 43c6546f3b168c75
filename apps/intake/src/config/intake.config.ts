import { ConfigVariable, ServiceConfig } from '@tongban/config';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** Intake's environment: the shared service variables plus upload limits. */
export class IntakeConfig extends ServiceConfig {
  @ConfigVariable({
    group: 'storage',
    description: 'Largest scan accepted, in bytes (default 10 MiB)',
  })
  @Type(() => Number)
  @Min(1024)
  @Max(100 * 1024 * 1024)
  @IsInt()
  INTAKE_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

  @ConfigVariable({
    group: 'exchange',
    description:
      'Lifetime of the presigned URLs the hukou county fetches scans from (seconds, max 7 days); expired ones are signed again on request',
  })
  @Type(() => Number)
  // Seconds are allowed so tests can let URLs expire; deployments keep hours to days.
  @Min(1)
  @Max(7 * 24 * 3600)
  @IsInt()
  INTAKE_HANDOVER_URL_TTL_SECONDS = 2 * 24 * 3600;
}
