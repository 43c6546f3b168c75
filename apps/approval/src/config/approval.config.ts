import { ConfigVariable, ServiceConfig } from '@tongban/config';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/**
 * Approval's environment: the shared service variables plus how the hand-over's scans are
 * fetched from the residence county (R30: bytes over presigned URLs, verified by digest here).
 */
export class ApprovalConfig extends ServiceConfig {
  @ConfigVariable({
    group: 'storage',
    description: 'Milliseconds between sweeps for hand-over documents due to be fetched',
  })
  @Type(() => Number)
  @IsInt()
  @Min(50)
  APPROVAL_FETCH_INTERVAL_MS = 2_000;

  @ConfigVariable({
    group: 'storage',
    description:
      'Documents fetched at the same time (one slow download holds up only its own worker)',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(32)
  APPROVAL_FETCH_CONCURRENCY = 4;

  @ConfigVariable({
    group: 'storage',
    description: 'Fetch attempts per document before it is marked FAILED for staff to follow up',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  APPROVAL_FETCH_MAX_ATTEMPTS = 5;

  @ConfigVariable({
    group: 'storage',
    description: 'Delay before the first retry of a failed fetch; doubles per attempt',
  })
  @Type(() => Number)
  @IsInt()
  @Min(10)
  APPROVAL_FETCH_RETRY_BASE_MS = 5_000;

  @ConfigVariable({ group: 'storage', description: 'Longest delay between two fetch retries' })
  @Type(() => Number)
  @IsInt()
  @Min(10)
  APPROVAL_FETCH_RETRY_MAX_MS = 300_000;

  @ConfigVariable({
    group: 'storage',
    description: 'Milliseconds one document download may take before it counts as failed',
  })
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600_000)
  APPROVAL_FETCH_TIMEOUT_MS = 30_000;

  @ConfigVariable({
    group: 'storage',
    description:
      'Largest scan accepted from another county, in bytes (declared size above it fails)',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  APPROVAL_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

  @ConfigVariable({
    group: 'exchange',
    description:
      'Milliseconds to wait for the residence county to reissue expired document URLs before asking again',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1_000)
  APPROVAL_URL_REQUEST_RETRY_MS = 6 * 3600 * 1000;

  @ConfigVariable({
    group: 'exchange',
    description:
      'Requests for fresh URLs per document before it is marked FAILED for staff to follow up',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  APPROVAL_URL_REQUEST_MAX = 4;
}
