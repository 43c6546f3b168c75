import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { MaterialsModule } from '../materials/materials.module';
import { DocumentUrlsRequestedConsumer } from './document-urls-requested.consumer';
import { HandOverCaseService } from './hand-over-case.service';
import { ReissueDocumentUrlsService } from './reissue-document-urls.service';
import { ResidenceFlow } from './residence-flow.service';
import { ScanUrlSigner } from './scan-url-signer';

/**
 * The residence county's case record and its hand-over: ResidenceFlow moves the case through the
 * domain's state machine and hands it over when the plan's residence stages are done (R10, R11);
 * the scans go by presigned URL, signed again on request (R30).
 */
@Module({
  imports: [ApplicationsModule, MaterialsModule],
  controllers: [DocumentUrlsRequestedConsumer],
  providers: [ScanUrlSigner, ReissueDocumentUrlsService, HandOverCaseService, ResidenceFlow],
  exports: [ResidenceFlow],
})
export class HandoverModule {}
