import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';

export const DOCUMENT_URL_REQUEST_REASONS = ['URL_EXPIRED', 'URL_REFUSED'] as const;
export type DocumentUrlRequestReason = (typeof DOCUMENT_URL_REQUEST_REASONS)[number];

/** One scan of the hand-over the hukou county still needs, as the package named it. */
export class RequestedDocumentDto {
  /** The hukou county's id for the scan; the reissue echoes it so the answer is matched exactly. */
  @IsUUID()
  documentId!: string;

  /** The object key in the residence county's bucket, as the hand-over sent it. */
  @IsString()
  @Length(1, 1024)
  key!: string;

  @Matches(/^[0-9a-f]{64}$/, { message: '$property must be a lowercase hex sha256' })
  sha256!: string;
}

/**
 * R30: the hukou county could not fetch the scans because their presigned URLs expired (or
 * were refused) and asks the residence county to sign the same objects again. One request
 * names every scan of the case that needs a URL; sent to the residence county's topic.
 */
export class DocumentUrlsRequestedPayload {
  @IsUUID()
  applicationId!: string;

  @IsIn(DOCUMENT_URL_REQUEST_REASONS)
  reason!: DocumentUrlRequestReason;

  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RequestedDocumentDto)
  documents!: RequestedDocumentDto[];
}

export const DocumentUrlsRequested: EventType<DocumentUrlsRequestedPayload> = {
  type: 'exchange.document-urls.requested',
  schemaVersion: 1,
  payloadClass: DocumentUrlsRequestedPayload,
};
export class DocumentUrlsRequestedEvent extends envelopeFor(DocumentUrlsRequested) {}
