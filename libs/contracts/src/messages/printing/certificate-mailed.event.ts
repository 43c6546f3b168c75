import { IsString, IsUUID, Length, Matches } from 'class-validator';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { LOCAL_DATE_MESSAGE, LOCAL_DATE_PATTERN } from '../../vocabulary/local-date';

/** The card left the hukou county by express (R12): approval closes R27 on it. */
export class CertificateMailedPayload {
  @IsUUID()
  applicationId!: string;

  @IsString()
  @Length(4, 40)
  waybillNumber!: string;

  @Matches(LOCAL_DATE_PATTERN, { message: LOCAL_DATE_MESSAGE })
  mailedOn!: string;
}

export const CertificateMailed: EventType<CertificateMailedPayload> = {
  type: 'printing.certificate.mailed',
  schemaVersion: 1,
  payloadClass: CertificateMailedPayload,
};
export class CertificateMailedEvent extends envelopeFor(CertificateMailed) {}
