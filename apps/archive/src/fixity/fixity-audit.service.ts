import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DocumentStore, type ObjectDigest } from '@tongban/storage';
import { Clock, errorMessage } from '@tongban/util';
import { DataSource } from 'typeorm';
import { ArchiveConfig } from '../config/archive.config';
import { ArchivedDocument, FixityResult } from '../e-archive/archived-document.entity';
import { FixityCheck } from './fixity-check.entity';
import { fixityVerdict } from './fixity-verdict';

interface ClaimedDocument {
  id: string;
  object_key: string;
  sha256: string;
  size: string;
}

/**
 * R30: re-reads stored copies in batches and compares them with the digest recorded when they
 * were filed. Which documents are due is decided in SQL, oldest checked first; each check is
 * recorded, and a mismatch or a missing object is logged (ids only) and listed for staff.
 */
@Injectable()
export class FixityAudit {
  private readonly logger = new Logger(FixityAudit.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: DocumentStore,
    private readonly config: ArchiveConfig,
    private readonly clock: Clock,
  ) {}

  /** Checks the next batch of due documents; true when the batch was full (more may be due). */
  async checkNextBatch(signal?: AbortSignal): Promise<boolean> {
    const claimed = await this.claimDue();
    const checks: Omit<FixityCheck, 'id'>[] = [];
    const unchecked: string[] = [];
    for (const document of claimed) {
      if (signal?.aborted) {
        unchecked.push(document.id);
        continue;
      }
      let reread: ObjectDigest | undefined;
      try {
        reread = await this.store.streamDigest(document.object_key);
      } catch (error) {
        // The store failed to answer (not a missing object): nothing was learnt of the copy.
        this.logger.warn({
          msg: 'fixity re-read failed; the document stays due',
          documentId: document.id,
          error: errorMessage(error),
        });
        unchecked.push(document.id);
        continue;
      }
      const result = fixityVerdict(
        { sha256: document.sha256, size: Number(document.size) },
        reread,
      );
      checks.push({
        documentId: document.id,
        checkedAt: this.clock.now(),
        result,
        actualSha256: reread?.sha256 ?? null,
        actualSize: reread === undefined ? null : String(reread.size),
      });
      if (result !== 'INTACT') this.reportFailure(document, result, reread);
    }
    await this.record(checks, unchecked);
    return claimed.length === this.config.ARCHIVE_FIXITY_BATCH_SIZE && unchecked.length === 0;
  }

  /** One warning per failed check; ids and digests only: the key names the case, never the holder (R32). */
  private reportFailure(
    document: ClaimedDocument,
    result: FixityResult,
    reread: ObjectDigest | undefined,
  ): void {
    this.logger.warn({
      msg: 'archived document failed its fixity check',
      event: 'fixity_mismatch',
      result,
      documentId: document.id,
      objectKey: document.object_key,
      expectedSha256: document.sha256,
      actualSha256: reread?.sha256 ?? null,
    });
  }

  /**
   * Set-based claim: never-checked documents first, then the longest unchecked, only those not
   * checked within ARCHIVE_FIXITY_RECHECK_AFTER_MS; stamped as checked now, so a second worker
   * (or node process) takes the next ones.
   */
  private async claimDue(): Promise<ClaimedDocument[]> {
    const now = this.clock.now();
    const dueBefore = new Date(now.getTime() - this.config.ARCHIVE_FIXITY_RECHECK_AFTER_MS);
    const table = this.dataSource.getMetadata(ArchivedDocument).tablePath;
    const [rows] = (await this.dataSource.query(
      `UPDATE ${table} AS d SET last_checked_at = $1
        WHERE d.id IN (
          SELECT id FROM ${table}
           WHERE last_checked_at IS NULL OR last_checked_at <= $2
           ORDER BY last_checked_at ASC NULLS FIRST, id
           LIMIT $3
           FOR UPDATE SKIP LOCKED)
        RETURNING d.id, d.object_key, d.sha256, d.size`,
      [now, dueBefore, this.config.ARCHIVE_FIXITY_BATCH_SIZE],
    )) as [ClaimedDocument[], number];
    return rows;
  }

  /**
   * Each check in the history and each document's latest result, in one transaction; documents
   * claimed but not read (shutdown, the store failing) are due again first.
   */
  private async record(checks: Omit<FixityCheck, 'id'>[], unchecked: string[]): Promise<void> {
    if (checks.length === 0 && unchecked.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      if (checks.length > 0) await manager.insert(FixityCheck, checks);
      const byResult = new Map<FixityResult, string[]>();
      for (const check of checks)
        byResult.set(check.result, [...(byResult.get(check.result) ?? []), check.documentId]);
      for (const [result, ids] of byResult) {
        await manager
          .createQueryBuilder()
          .update(ArchivedDocument)
          .set({ lastCheckResult: result })
          .whereInIds(ids)
          .execute();
      }
      if (unchecked.length > 0) {
        await manager
          .createQueryBuilder()
          .update(ArchivedDocument)
          .set({ lastCheckedAt: null })
          .whereInIds(unchecked)
          .execute();
      }
    });
  }
}
