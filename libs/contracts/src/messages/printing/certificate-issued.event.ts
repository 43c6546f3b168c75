import { IsUUID, Matches } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { IsLocalDate } from '../../validation/domain-validators';

/** A card was issued and printed at the hukou county (R12, R15). */
export class CertificateIssuedPayload {
  @IsUUID()
  applicationId!: string;

  @Matches(/^\d{17}[\dX][1-7][1-4](B\d+)?$/, { message: '$property must be a certificate number' })
  certificateNumber!: string;

  @IsLocalDate()
  validFrom!: string;

  @IsLocalDate()
  validUntil!: string;

  @IsLocalDate()
  issuedOn!: string;
}

export const CertificateIssued: EventType<CertificateIssuedPayload> = {
  type: 'printing.certificate.issued',
  schemaVersion: 1,
  payloadClass: CertificateIssuedPayload,
};
export class CertificateIssuedEvent extends envelopeFor(CertificateIssued) {}
