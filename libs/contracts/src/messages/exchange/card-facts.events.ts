import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CERTIFICATE_STATES,
  DISABILITY_CATEGORIES,
  DISABILITY_LEVELS,
  type CertificateState,
  type DisabilityCategory,
  type DisabilityLevel,
} from '@tongban/domain';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { ImpairmentDto } from '../../shared/classification.dto';
import { CASE_KINDS, CaseKind } from '../../vocabulary/case-kind';
import { IsCertificateNumber, IsLocalDate } from '../../validation/domain-validators';

/**
 * The residence county asks the hukou county about the card a renewal, replacement,
 * cancellation or change is about (R7, R13, R14, R22–R24): only its number travels.
 */
export class CardFactsRequestedPayload {
  @IsUUID()
  requestId!: string;

  @IsUUID()
  applicationId!: string;

  @IsIn(CASE_KINDS)
  caseKind!: CaseKind;

  @IsCertificateNumber()
  certificateNumber!: string;
}

/** What the rules need of a card, and nothing more: no name, address, photo or history. */
export class CardFactsDto {
  @IsIn(CERTIFICATE_STATES)
  status!: CertificateState;

  @IsIn(DISABILITY_CATEGORIES)
  category!: DisabilityCategory;

  @IsIn(DISABILITY_LEVELS)
  level!: DisabilityLevel;

  /** R13: renewal on expiry opens nine years after this day; R16 keeps it. */
  @IsLocalDate()
  validFrom!: string;

  @IsLocalDate()
  validThrough!: string;

  /** R14, R20: issued before 2018 on a visual assessment (目测评定): re-assessed on renewal. */
  @IsBoolean()
  visualAssessmentBefore2018!: boolean;

  /** R7: when the card was cancelled, if it was. */
  @IsOptional()
  @IsLocalDate()
  cancelledOn?: string;

  /**
   * R23: the categories the card is made of, for a partial cancellation only (other questions do
   * not need them); absent where the register does not record them.
   */
  @IsOptional()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => ImpairmentDto)
  impairments?: ImpairmentDto[];

  /** R22: how many times it was reissued after a loss (B1, B2 …). */
  @IsInt()
  @Min(0)
  reissue!: number;
}

export const CARD_FACTS_OUTCOMES = ['FOUND', 'NOT_FOUND'] as const;
export type CardFactsOutcome = (typeof CARD_FACTS_OUTCOMES)[number];

/** The hukou county's answer, matched to the request by its id. */
export class CardFactsAnsweredPayload {
  @IsUUID()
  requestId!: string;

  @IsUUID()
  applicationId!: string;

  @IsIn(CARD_FACTS_OUTCOMES)
  outcome!: CardFactsOutcome;

  /** Present exactly when the card was found. */
  @ValidateIf((payload: CardFactsAnsweredPayload) => payload.outcome === 'FOUND')
  @ValidateNested()
  @Type(() => CardFactsDto)
  facts?: CardFactsDto;

  @IsLocalDate()
  answeredOn!: string;
}

export const CardFactsRequested: EventType<CardFactsRequestedPayload> = {
  type: 'exchange.card-facts.requested',
  schemaVersion: 1,
  payloadClass: CardFactsRequestedPayload,
};
export class CardFactsRequestedEvent extends envelopeFor(CardFactsRequested) {}

export const CardFactsAnswered: EventType<CardFactsAnsweredPayload> = {
  type: 'exchange.card-facts.answered',
  schemaVersion: 1,
  payloadClass: CardFactsAnsweredPayload,
};
export class CardFactsAnsweredEvent extends envelopeFor(CardFactsAnswered) {}
