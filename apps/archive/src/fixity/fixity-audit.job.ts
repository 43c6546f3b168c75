import { Injectable, Logger } from '@nestjs/common';
import { errorMessage, PollingLoop, ScheduledJob } from '@tongban/util';
import { ArchiveConfig } from '../config/archive.config';
import { FixityAudit } from './fixity-audit.service';

/**
 * The periodic fixity audit (R30): every ARCHIVE_FIXITY_AUDIT_INTERVAL_MS it re-reads the
 * documents due, batch after batch while batches come back full. What is due is in the
 * database (last_checked_at), so a restart loses nothing.
 */
@Injectable()
export class FixityAuditJob extends ScheduledJob {
  private readonly logger = new Logger(FixityAuditJob.name);
  protected readonly loop: PollingLoop;

  constructor(audit: FixityAudit, config: ArchiveConfig) {
    super();
    this.loop = new PollingLoop({
      intervalMs: config.ARCHIVE_FIXITY_AUDIT_INTERVAL_MS,
      maxBackoffMs: Math.max(config.ARCHIVE_FIXITY_AUDIT_INTERVAL_MS, 300_000),
      pass: (signal) => audit.checkNextBatch(signal),
      onError: (error) =>
        this.logger.warn({
          msg: 'fixity audit pass failed; will retry',
          error: errorMessage(error),
        }),
    });
  }
}
