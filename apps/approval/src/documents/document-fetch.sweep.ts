import { Injectable, Logger } from '@nestjs/common';
import { errorMessage, PollingLoop, ScheduledJob } from '@tongban/util';
import { ApprovalConfig } from '../config/approval.config';
import { DocumentFetcher } from './document-fetcher.service';
import { FreshUrlRequests } from './fresh-url-requests.service';

/**
 * Workers that fetch hand-over documents as they fall due. Downloads stay out of the Kafka
 * handler, where they would block consumer heartbeats; the schedule lives in the database
 * (next_attempt_at), so a restart loses no document and no retry. With nothing to fetch, a
 * worker sends the requests for fresh URLs that are due; finding neither, it waits one
 * interval before it looks again. On shutdown a download in flight is cut short and its
 * document handed back, due again as soon as the service is up.
 */
@Injectable()
export class DocumentFetchSweep extends ScheduledJob {
  private readonly logger = new Logger(DocumentFetchSweep.name);
  protected readonly loop: PollingLoop;

  constructor(fetcher: DocumentFetcher, freshUrls: FreshUrlRequests, config: ApprovalConfig) {
    super();
    this.loop = new PollingLoop({
      workers: config.APPROVAL_FETCH_CONCURRENCY,
      intervalMs: config.APPROVAL_FETCH_INTERVAL_MS,
      pass: async (signal) => (await fetcher.fetchNext(signal)) || freshUrls.requestNext(),
      onError: (error) =>
        this.logger.warn({ msg: 'document fetch failed; will retry', error: errorMessage(error) }),
    });
  }
}
