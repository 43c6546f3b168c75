import { ConfigVariable, HasNoListedProblems, ServiceConfig } from '@tongban/config';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { readCountyMaterials } from './county-materials';

/** Intake's environment: the shared service variables, upload and status-lookup limits, county materials. */
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

  @ConfigVariable({
    group: 'node',
    description:
      'JSON file of materials counties add to the R5 list: { "<county>": [{ id, nameZh, labelEn, kinds? }] } (none when empty)',
  })
  @IsString()
  // The file reads, parses and lists materials only for counties this node serves.
  @HasNoListedProblems(
    'isCountyMaterialsFile',
    (value, config: ServiceConfig) =>
      readCountyMaterials(String(value), config.COUNTY_CODES ?? []).problems,
  )
  INTAKE_COUNTY_MATERIALS_FILE = '';

  @ConfigVariable({
    group: 'http',
    description:
      "Requests per minute one client address may make to the applicant's status lookup (stricter than PUBLIC_RATE_LIMIT_PER_MINUTE)",
  })
  @Type(() => Number)
  @Min(1)
  @Max(100_000)
  @IsInt()
  INTAKE_STATUS_LOOKUP_RATE_LIMIT_PER_MINUTE = 10;

  @ConfigVariable({
    group: 'http',
    description:
      'Failed status lookups (wrong ID number or unknown number) one application number allows per window, from any address; then it is refused until the window ends',
  })
  @Type(() => Number)
  @Min(1)
  @Max(1_000)
  @IsInt()
  INTAKE_STATUS_LOOKUP_MAX_FAILURES = 5;

  @ConfigVariable({
    group: 'http',
    description:
      'Seconds the failed status lookups of one application number are counted over, from the first failure',
  })
  @Type(() => Number)
  @Min(1)
  @Max(7 * 24 * 3600)
  @IsInt()
  INTAKE_STATUS_LOOKUP_FAILURE_WINDOW_SECONDS = 3600;
}
