import { IsString, IsUUID, Length } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { IsLocalDate } from '../../validation/domain-validators';

/** The card left the hukou county by express (R12): approval closes R27 on it. */
export class CertificateMailedPayload {
  @IsUUID()
  applicationId!: string;

  @IsString()
  @Length(4, 40)
  waybillNumber!: string;

  @IsLocalDate()
  mailedOn!: string;
}

export const CertificateMailed: EventType<CertificateMailedPayload> = {
  type: 'printing.certificate.mailed',
  schemaVersion: 1,
  payloadClass: CertificateMailedPayload,
};
export class CertificateMailedEvent extends envelopeFor(CertificateMailed) {}
