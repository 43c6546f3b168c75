import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DocumentUrlRequestReason } from '@tongban/contracts';
import { DocumentStore } from '@tongban/storage';
import { Clock } from '@tongban/util';
import { DataSource } from 'typeorm';
import { ApprovalConfig } from '../config/approval.config';
import { CaseDocument } from './case-document.entity';
import { oldestDueDocument } from './oldest-due-document';
import { fixityProblem } from './document-fixity';
import { FetchRetryPolicy, nextFetchAttempt } from './fetch-retry-policy';
import { FreshUrlRequests } from './fresh-url-requests.service';
import { localDocumentKey } from './local-document-key';
import { urlHasExpired } from './presigned-url-expiry';
import { PresignedUrlDownloader } from './presigned-url.downloader';

type Attempt =
  | { ok: true; localKey: string }
  | { ok: false; retryable: boolean; reason: string; urlProblem?: DocumentUrlRequestReason };

/**
 * Copies the scans of a hand-over into this county's bucket (R30): download from the residence
 * county's presigned URL, check size and sha256, store, mark VERIFIED — or FAILED with the
 * reason. A document is claimed with `FOR UPDATE SKIP LOCKED` and a lease (its next attempt
 * moved past the download's timeout), so instances sharing the database never fetch it twice
 * at once and no transaction stays open during a download; a crash mid-fetch simply lets the
 * lease run out and the next sweep fetches it again, which the content-addressed key makes
 * harmless.
 */
@Injectable()
export class DocumentFetcher {
  private readonly logger = new Logger(DocumentFetcher.name);
  private readonly policy: FetchRetryPolicy;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly downloader: PresignedUrlDownloader,
    private readonly store: DocumentStore,
    private readonly freshUrls: FreshUrlRequests,
    private readonly clock: Clock,
    private readonly config: ApprovalConfig,
  ) {
    this.policy = {
      maxAttempts: config.APPROVAL_FETCH_MAX_ATTEMPTS,
      baseDelayMs: config.APPROVAL_FETCH_RETRY_BASE_MS,
      maxDelayMs: config.APPROVAL_FETCH_RETRY_MAX_MS,
    };
  }

  /**
   * Fetches the next due document, if any; returns whether there was one. When `stop` fires
   * mid-download (shutdown), the claim is handed back uncounted, due at once after a restart.
   */
  async fetchNext(stop?: AbortSignal): Promise<boolean> {
    const claimed = await this.claimNext();
    if (!claimed) return false;
    const result = await this.attempt(claimed, stop);
    if (stop?.aborted) await this.release(claimed);
    else if (!result.ok && result.urlProblem)
      await this.freshUrls.park(claimed, result.urlProblem, result.reason);
    else await this.record(claimed, result);
    return true;
  }

  /** Takes the oldest due document no other worker holds, counting the attempt it starts. */
  private async claimNext(): Promise<CaseDocument | null> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const document = await oldestDueDocument(manager, 'PENDING', now);
      if (!document) return null;
      document.attempts += 1;
      const leaseMs = 2 * this.config.APPROVAL_FETCH_TIMEOUT_MS + 60_000;
      await manager.update(
        CaseDocument,
        { id: document.id },
        { attempts: document.attempts, nextAttemptAt: new Date(now.getTime() + leaseMs) },
      );
      return document;
    });
  }

  private async attempt(document: CaseDocument, stop?: AbortSignal): Promise<Attempt> {
    if (document.size > this.config.APPROVAL_MAX_DOCUMENT_BYTES) {
      return {
        ok: false,
        retryable: false,
        reason: `declared size ${document.size} bytes is above this county's limit of ${this.config.APPROVAL_MAX_DOCUMENT_BYTES}`,
      };
    }
    if (!document.sourceUrl) {
      return { ok: false, retryable: false, reason: 'the hand-over gave no URL to fetch it from' };
    }
    if (urlHasExpired(document.urlExpiresAt, this.clock.now())) {
      // Downloading would only earn a 403: ask for a fresh URL instead of burning attempts.
      return {
        ok: false,
        retryable: false,
        urlProblem: 'URL_EXPIRED',
        reason: `its URL expired at ${document.urlExpiresAt!.toISOString()}; waiting for a fresh one from the residence county`,
      };
    }
    const download = await this.downloader.download(document.sourceUrl, {
      maxBytes: document.size,
      timeoutMs: this.config.APPROVAL_FETCH_TIMEOUT_MS,
      signal: stop,
    });
    if (!download.ok && download.urlRefused) {
      return {
        ...download,
        urlProblem: download.urlRefused,
        reason: `${download.reason}; waiting for a fresh one from the residence county`,
      };
    }
    if (!download.ok) return download;
    // R30: a copy that is not byte for byte the recorded scan is never accepted.
    const problem = fixityProblem(download.bytes, document);
    if (problem) return { ok: false, retryable: false, reason: problem };
    const localKey = localDocumentKey(
      document.applicationId,
      document.kind,
      document.sha256,
      document.contentType,
    );
    try {
      await this.store.put(localKey, download.bytes, document.contentType);
    } catch (error) {
      const reason = `storing the copy failed: ${error instanceof Error ? error.message : 'unknown error'}`;
      return { ok: false, retryable: true, reason: reason.slice(0, 500) };
    }
    return { ok: true, localKey };
  }

  private async release(document: CaseDocument): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(CaseDocument)
      .set({ attempts: document.attempts - 1, nextAttemptAt: this.clock.now() })
      .where(`id = :id AND attempts = :attempts AND status = 'PENDING'`, {
        id: document.id,
        attempts: document.attempts,
      })
      .execute();
  }

  /** Writes the outcome unless the claim was lost meanwhile (lease ran out, or superseded). */
  private async record(document: CaseDocument, result: Attempt): Promise<void> {
    const now = this.clock.now();
    const retryAt = result.ok
      ? null
      : nextFetchAttempt(result, document.attempts, now, this.policy);
    const status = result.ok ? 'VERIFIED' : retryAt ? 'PENDING' : 'FAILED';
    const written = await this.dataSource
      .createQueryBuilder()
      .update(CaseDocument)
      .set({
        status,
        nextAttemptAt: retryAt,
        lastError: result.ok ? null : result.reason,
        localKey: result.ok ? result.localKey : null,
        verifiedAt: result.ok ? now : null,
        // The presigned URL is a credential of the residence county: kept only while needed.
        sourceUrl: status === 'PENDING' ? document.sourceUrl : null,
      })
      .where(`id = :id AND attempts = :attempts AND status = 'PENDING'`, {
        id: document.id,
        attempts: document.attempts,
      })
      .execute();
    if (written.affected === 0) return;
    // Ids, kind and reason only: never the URL or anything about the applicant (R32).
    const entry = {
      msg: `hand-over document ${status.toLowerCase()}`,
      applicationId: document.applicationId,
      documentId: document.id,
      kind: document.kind,
      attempts: document.attempts,
      ...(result.ok ? {} : { reason: result.reason }),
    };
    if (status === 'FAILED') this.logger.warn(entry);
    else this.logger.log(entry);
  }
}
