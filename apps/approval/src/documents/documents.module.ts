import { Module } from '@nestjs/common';
import { DocumentFetchSweep } from './document-fetch.sweep';
import { DocumentFetcher } from './document-fetcher.service';
import { HandoverDocuments } from './handover-documents';
import { PresignedUrlDownloader } from './presigned-url.downloader';

/** The hand-over's scans: recorded with the case, then fetched and verified by a durable sweep (R30). */
@Module({
  providers: [HandoverDocuments, PresignedUrlDownloader, DocumentFetcher, DocumentFetchSweep],
  exports: [HandoverDocuments, DocumentFetcher],
})
export class DocumentsModule {}
