import { Module } from '@nestjs/common';
import { DocumentFetchSweep } from './document-fetch.sweep';
import { DocumentFetcher } from './document-fetcher.service';
import { DocumentUrlsReissuedConsumer } from './document-urls-reissued.consumer';
import { FreshUrlRequests } from './fresh-url-requests.service';
import { HandoverDocuments } from './handover-documents';
import { PresignedUrlDownloader } from './presigned-url.downloader';
import { ReissuedUrls } from './reissued-urls.service';

/**
 * The hand-over's scans: recorded with the case, then fetched and verified by a durable sweep
 * (R30); expired URLs are signed again by the residence county on request.
 */
@Module({
  controllers: [DocumentUrlsReissuedConsumer],
  providers: [
    HandoverDocuments,
    PresignedUrlDownloader,
    DocumentFetcher,
    FreshUrlRequests,
    ReissuedUrls,
    DocumentFetchSweep,
  ],
  exports: [HandoverDocuments, DocumentFetcher],
})
export class DocumentsModule {}
