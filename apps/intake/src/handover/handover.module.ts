import { Module } from '@nestjs/common';
import { DocumentUrlsRequestedConsumer } from './document-urls-requested.consumer';
import { ReissueDocumentUrlsService } from './reissue-document-urls.service';
import { ScanUrlSigner } from './scan-url-signer';

/** The scans' side of a hand-over: presigned URLs for the hukou county, signed again on request (R30). */
@Module({
  controllers: [DocumentUrlsRequestedConsumer],
  providers: [ScanUrlSigner, ReissueDocumentUrlsService],
  exports: [ScanUrlSigner],
})
export class HandoverModule {}
