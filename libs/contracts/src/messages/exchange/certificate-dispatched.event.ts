import { Equals, IsString, IsUUID, Length, Matches } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { IsLocalDate } from '../../validation/domain-validators';

/** R12, R29: the hukou county printed the card and mailed it, cash on delivery. */
export class CertificateDispatchedPayload {
  @IsUUID()
  applicationId!: string;

  @Matches(/^\d{17}[\dX][1-7][1-4](B\d+)?$/, { message: '$property must be a certificate number' })
  certificateNumber!: string;

  @IsLocalDate()
  validFrom!: string;

  @IsLocalDate()
  validUntil!: string;

  @IsString()
  @Length(1, 50)
  courier!: string;

  @IsString()
  @Length(4, 40)
  waybillNumber!: string;

  /** R29: express costs are paid by the applicant on delivery. */
  @Equals(true)
  cashOnDelivery!: boolean;

  @IsLocalDate()
  dispatchedOn!: string;
}

export const CertificateDispatched: EventType<CertificateDispatchedPayload> = {
  type: 'exchange.certificate.dispatched',
  schemaVersion: 1,
  payloadClass: CertificateDispatchedPayload,
};
export class CertificateDispatchedEvent extends envelopeFor(CertificateDispatched) {}
