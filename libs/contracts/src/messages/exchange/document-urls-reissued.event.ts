import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsISO8601,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';

/** A fresh presigned URL for the same object and the same bytes as the hand-over named. */
export class ReissuedDocumentDto {
  /** Echoed from the request: the hukou county's id for the scan. */
  @IsUUID()
  documentId!: string;

  @IsString()
  @Length(1, 1024)
  key!: string;

  /** The digest recorded at upload; the receiver refuses a URL whose digest is not the one it holds. */
  @Matches(/^[0-9a-f]{64}$/, { message: '$property must be a lowercase hex sha256' })
  sha256!: string;

  @IsUrl({ require_tld: false, require_protocol: true })
  url!: string;

  @IsISO8601({ strict: true })
  urlExpiresAt!: string;
}

/** A requested scan the residence county will not sign again, and why (no applicant data). */
export class UnavailableDocumentDto {
  @IsUUID()
  documentId!: string;

  @IsString()
  @Length(1, 500)
  reason!: string;
}

/**
 * R30: the residence county's answer to `exchange.document-urls.requested`: the same objects
 * signed again, and those it could not sign. Sent only to the case's current hukou county.
 */
export class DocumentUrlsReissuedPayload {
  @IsUUID()
  applicationId!: string;

  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ReissuedDocumentDto)
  documents!: ReissuedDocumentDto[];

  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => UnavailableDocumentDto)
  unavailable!: UnavailableDocumentDto[];
}

export const DocumentUrlsReissued: EventType<DocumentUrlsReissuedPayload> = {
  type: 'exchange.document-urls.reissued',
  schemaVersion: 1,
  payloadClass: DocumentUrlsReissuedPayload,
};
export class DocumentUrlsReissuedEvent extends envelopeFor(DocumentUrlsReissued) {}
