import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  DISABILITY_CATEGORIES,
  type CertificateOutcome,
  type DisabilityCategory,
  type SingleCategory,
} from '@tongban/domain';
import { envelopeFor, EventType } from '../../envelope/event-envelope';
import { ApplicantDto } from '../../shared/applicant.dto';
import { CasePlanDto } from '../../shared/case-plan.dto';
import { IsCancelledCategories } from '../../shared/classification.dto';
import { DocumentReferenceDto } from '../../shared/document-reference.dto';
import { CASE_KINDS, CaseKind } from '../../vocabulary/case-kind';
import { IsCertificateNumber, IsCountyCode, IsLocalDate } from '../../validation/domain-validators';
import { ConclusionSummaryDto, PublicitySummaryDto } from './case-handed-over.event';

/**
 * The case package of any kind (v2; v1 carries only new certificates): the plan, what approval
 * does to the card (issue new, replace, cancel), the current card where there is one, and the
 * conclusion, publicity result and scans only where the plan has them (R10, R11, R13–R24).
 * Signed by the sending county; addressed to the hukou county's topic. A residence county
 * sends a new certificate as v1, which every hukou county reads, and other kinds as v2.
 */
export class CaseHandedOverV2Payload {
  @IsUUID()
  applicationId!: string;

  @IsString()
  applicationNumber!: string;

  @IsIn(CASE_KINDS)
  caseKind!: CaseKind;

  @ValidateNested()
  @Type(() => CasePlanDto)
  plan!: CasePlanDto;

  /** What approval does to the card: the plan's, or CANCEL after a failed R14 re-assessment. */
  @IsIn(['ISSUE_NEW', 'REPLACE', 'CANCEL'])
  certificateOutcome!: CertificateOutcome;

  @IsCountyCode()
  residenceCountyCode!: string;

  /** The county that approves and prints: for a migration, the new hukou county (R18). */
  @IsCountyCode()
  hukouCountyCode!: string;

  /**
   * R18, R19: a migration's original hukou county, which holds the card and its archive;
   * that kind only. Added to v2 as optional: sent only to a hukou county that knows it.
   */
  @ValidateIf(
    (payload: CaseHandedOverV2Payload) =>
      payload.caseKind === 'MIGRATION' || payload.originalHukouCountyCode !== undefined,
  )
  @IsCountyCode()
  originalHukouCountyCode?: string;

  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant!: ApplicantDto;

  /** R5, R10: a minor needs a guardian and is not publicised. */
  @IsBoolean()
  applicantIsMinor!: boolean;

  /** The card the case renews, replaces, cancels or changes; every kind but NEW names one. */
  @ValidateIf((payload: CaseHandedOverV2Payload) => payload.caseKind !== 'NEW')
  @IsCertificateNumber()
  currentCertificateNumber?: string;

  /**
   * R5: the categories as filed (for kinds without assessment, the card's: MULTIPLE with its
   * parts), so the hukou county can tell whether guardian papers belong in the package.
   * Optional: packages from nodes before it fall back to the card number's category.
   */
  @IsOptional()
  @IsIn(DISABILITY_CATEGORIES, { each: true })
  claimedCategories?: DisabilityCategory[];

  /** R23: what a partial cancellation strikes off the card; that kind only. */
  @IsCancelledCategories()
  cancelledCategories?: SingleCategory[];

  /** R3, R4: present exactly when the plan has an assessment. */
  @ValidateIf((payload: CaseHandedOverV2Payload) => payload.plan?.assessment === true)
  @ValidateNested()
  @Type(() => ConclusionSummaryDto)
  conclusion?: ConclusionSummaryDto;

  /** R10: present exactly when the plan has publicity. */
  @ValidateIf((payload: CaseHandedOverV2Payload) => payload.plan?.publicity === true)
  @ValidateNested()
  @Type(() => PublicitySummaryDto)
  publicity?: PublicitySummaryDto;

  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => DocumentReferenceDto)
  documents!: DocumentReferenceDto[];

  @IsLocalDate()
  handedOverOn!: string;
}

export const CaseHandedOverV2: EventType<CaseHandedOverV2Payload> = {
  type: 'exchange.case.handed-over',
  schemaVersion: 2,
  payloadClass: CaseHandedOverV2Payload,
};
export class CaseHandedOverV2Event extends envelopeFor(CaseHandedOverV2) {}
