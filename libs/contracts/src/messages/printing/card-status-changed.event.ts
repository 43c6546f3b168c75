import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { CERTIFICATE_STATES, type CertificateState } from '@tongban/domain';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { COUNTY_CODE_MESSAGE, COUNTY_CODE_PATTERN } from '../../vocabulary/county-code';
import { LOCAL_DATE_MESSAGE, LOCAL_DATE_PATTERN } from '../../vocabulary/local-date';

/**
 * A card in the hukou county's register changed status (R18/R19, R21–R24). For the county's own
 * subscribers, above all the living and care subsidy system (两项补贴), which stops or adjusts
 * payments on a cancellation or change. The card number carries the holder's ID number: the
 * subsidy system of the same county needs it to find the recipient, so it stays in the payload,
 * and the event never leaves the node (node topic, never national monitoring).
 */
export class CardStatusChangedPayload {
  /** ID number + category digit + level digit (+ Bn): personal data, see the class comment. */
  @Matches(/^\d{17}[\dX][1-7][1-4](B\d+)?$/, { message: '$property must be a certificate number' })
  cardNumber!: string;

  /** The hukou county whose register holds the card. */
  @Matches(COUNTY_CODE_PATTERN, { message: COUNTY_CODE_MESSAGE })
  issuingCountyCode!: string;

  @IsIn(CERTIFICATE_STATES)
  fromStatus!: CertificateState;

  @IsIn(CERTIFICATE_STATES)
  toStatus!: CertificateState;

  /** China date the change takes effect. */
  @Matches(LOCAL_DATE_PATTERN, { message: LOCAL_DATE_MESSAGE })
  on!: string;

  /** The application (case) that caused the change; absent for a change without one (R21). */
  @IsOptional()
  @IsUUID()
  caseId?: string;

  /** The rule that allowed the transition, e.g. R22. */
  @Matches(/^R\d{1,2}$/, { message: '$property must be a rule id such as R22' })
  rule!: string;

  /** Why, as staff or the system recorded it; no names or ID numbers. */
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export const CardStatusChanged: EventType<CardStatusChangedPayload> = {
  type: 'printing.card.status-changed',
  schemaVersion: 1,
  payloadClass: CardStatusChangedPayload,
};
export class CardStatusChangedEvent extends envelopeFor(CardStatusChanged) {}
