import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { errorMessage, PollingLoop } from '@tongban/util';
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
  private readonly loop: PollingLoop;

  constructor(fetcher: DocumentFetcher, freshUrls: FreshUrlRequests, config: ApprovalConfig) {
    this.loop = new PollingLoop({
      workers: config.APPROVAL_FETCH_CONCURRENCY,
      intervalMs: config.APPROVAL_FETCH_INTERVAL_MS,
      pass: async (signal) => (await fetcher.fetchNext(signal)) || freshUrls.requestNext(),
      onError: (error) =>
        this.logger.warn({ msg: 'document fetch failed; will retry', error: errorMessage(error) }),
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /**
   * Stops the workers before the database closes: a download in flight is cut short and its
   * document handed back, due again as soon as the service is up.
   */
  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** Resolves once every worker has looked for due work after the call. For tests and tools. */
  nextFullPass(): Promise<void> {
    return this.loop.nextFullPass();
  }
}
