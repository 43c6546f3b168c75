import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateIf, ValidateNested } from 'class-validator';
import type { CertificateOutcome, SingleCategory } from '@tongban/domain';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { ApplicantDto } from '../../shared/applicant.dto';
import { ClassificationDto, IsCancelledCategories } from '../../shared/classification.dto';
import { DocumentReferenceDto } from '../../shared/document-reference.dto';
import { CASE_KINDS, CaseKind } from '../../vocabulary/case-kind';
import { IsCertificateNumber, IsCountyCode, IsLocalDate } from '../../validation/domain-validators';

/**
 * The hukou county approved a case (R11, R13–R24): printing issues a new card, replaces the
 * current one (renewal, loss, partial cancellation, change) or cancels it without printing (R23),
 * and mails what it printed (R12). v2: the outcome and the current card.
 */
export class CaseApprovedPayload {
  @IsUUID()
  applicationId!: string;

  @IsIn(CASE_KINDS)
  caseKind!: CaseKind;

  @IsIn(['ISSUE_NEW', 'REPLACE', 'CANCEL'])
  certificateOutcome!: CertificateOutcome;

  /** The card replaced or cancelled; absent for a new certificate. */
  @ValidateIf((payload: CaseApprovedPayload) => payload.certificateOutcome !== 'ISSUE_NEW')
  @IsCertificateNumber()
  currentCertificateNumber?: string;

  @IsCountyCode()
  residenceCountyCode!: string;

  @IsCountyCode()
  hukouCountyCode!: string;

  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant!: ApplicantDto;

  /** R23: what a partial cancellation strikes off the card; printing keeps the rest. */
  @IsCancelledCategories()
  cancelledCategories?: SingleCategory[];

  /** R3, R4: the recognised conclusion where the plan assessed; else the card's own stands. */
  @IsOptional()
  @ValidateNested()
  @Type(() => ClassificationDto)
  classification?: ClassificationDto;

  /** The photo scan, copied into this county's bucket and verified by digest; when a card is printed. */
  @ValidateIf((payload: CaseApprovedPayload) => payload.certificateOutcome !== 'CANCEL')
  @ValidateNested()
  @Type(() => DocumentReferenceDto)
  photo?: DocumentReferenceDto;

  @IsLocalDate()
  approvedOn!: string;
}

export const CaseApproved: EventType<CaseApprovedPayload> = {
  type: 'approval.case.approved',
  // v2: outcome and current card (a node topic: upgraded with the node, after v1 is drained).
  schemaVersion: 2,
  payloadClass: CaseApprovedPayload,
};
export class CaseApprovedEvent extends envelopeFor(CaseApproved) {}
