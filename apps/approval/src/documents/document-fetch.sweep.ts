import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { sleep } from '@tongban/util';
import { ApprovalConfig } from '../config/approval.config';
import { DocumentFetcher } from './document-fetcher.service';
import { FreshUrlRequests } from './fresh-url-requests.service';

/**
 * Workers that fetch hand-over documents as they fall due. Downloads stay out of the Kafka
 * handler, where they would block consumer heartbeats; the schedule lives in the database
 * (next_attempt_at), so a restart loses no document and no retry. With nothing to fetch, a
 * worker sends the requests for fresh URLs that are due; finding neither, it waits one
 * interval before it looks again.
 */
@Injectable()
export class DocumentFetchSweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DocumentFetchSweep.name);
  private readonly stopping = new AbortController();
  private workers: Promise<void>[] = [];

  constructor(
    private readonly fetcher: DocumentFetcher,
    private readonly freshUrls: FreshUrlRequests,
    private readonly config: ApprovalConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.workers = Array.from({ length: this.config.APPROVAL_FETCH_CONCURRENCY }, () =>
      this.work(),
    );
  }

  /**
   * Stops the workers before the database closes: a download in flight is cut short and its
   * document handed back, due again as soon as the service is up.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await Promise.all(this.workers);
  }

  private async work(): Promise<void> {
    const { signal } = this.stopping;
    while (!signal.aborted) {
      let fetched = false;
      try {
        fetched = (await this.fetcher.fetchNext(signal)) || (await this.freshUrls.requestNext());
      } catch (error) {
        this.logger.warn({
          msg: 'document fetch failed; will retry',
          error: error instanceof Error ? error.message : String(error),
        });
      }
      if (!fetched) {
        await sleep(this.config.APPROVAL_FETCH_INTERVAL_MS, signal).catch(() => undefined);
      }
    }
  }
}
