import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseKind } from '@tongban/contracts';
import { DeadlineView, type Deadline } from '@tongban/deadlines';
import {
  CASE_STATUSES,
  maskResidentId,
  type CasePlan,
  type CaseSnapshot,
  type CaseStatus,
  type SingleCategory,
} from '@tongban/domain';
import {
  DOCUMENT_STATUSES,
  type CaseDocument,
  type DocumentStatus,
} from '../documents/case-document.entity';
import type {
  ApprovalCase,
  ConclusionRecord,
  DecisionRecord,
  PreviousRound,
  PublicityRecord,
} from './approval-case.entity';

/** A scan of the package and whether this county holds a verified copy (R30). */
export class DocumentView {
  @ApiProperty() id!: string;
  @ApiProperty() kind!: string;
  @ApiPropertyOptional({ description: 'What the scan is where its kind does not say (R2)' })
  title!: string | null;
  @ApiProperty({ enum: DOCUMENT_STATUSES }) status!: DocumentStatus;
  @ApiProperty() sha256!: string;
  @ApiProperty() size!: number;
  @ApiProperty() contentType!: string;
  @ApiProperty() attempts!: number;
  @ApiPropertyOptional() failureReason!: string | null;
  @ApiPropertyOptional() verifiedAt!: string | null;
  @ApiPropertyOptional({ description: 'When the residence county said its URL stops working' })
  urlExpiresAt!: string | null;
  @ApiProperty({
    description:
      'Times fresh URLs were asked of the residence county (status AWAITING_FRESH_URL while one is awaited)',
  })
  freshUrlRequests!: number;
  @ApiPropertyOptional({ description: 'When fresh URLs were last asked for' })
  freshUrlRequestedAt!: string | null;

  static of(document: CaseDocument): DocumentView {
    return {
      id: document.id,
      kind: document.kind,
      title: document.title,
      status: document.status,
      sha256: document.sha256,
      size: document.size,
      contentType: document.contentType,
      attempts: document.attempts,
      failureReason: document.status === 'VERIFIED' ? null : document.lastError,
      verifiedAt: document.verifiedAt?.toISOString() ?? null,
      urlExpiresAt: document.urlExpiresAt?.toISOString() ?? null,
      freshUrlRequests: document.urlRequests,
      freshUrlRequestedAt: document.urlRequestedAt?.toISOString() ?? null,
    };
  }
}

/** Who the case is about, minimised for the desk (R32): ID numbers masked, no phone or address. */
export class ApplicantSummaryView {
  @ApiProperty() name!: string;
  @ApiProperty({ example: '**************002X' }) idNumber!: string;
  @ApiProperty({ description: 'County the card is mailed to; the address itself is not shown' })
  mailingCountyCode!: string;
  @ApiPropertyOptional() guardian!: { name: string; relationship: string; idNumber: string } | null;
}

/** The approval desk's view of a case (R11, R27); staff of the counties on the case only. */
export class ApprovalCaseView {
  @ApiProperty() applicationId!: string;
  @ApiProperty() applicationNumber!: string;
  @ApiProperty() caseKind!: CaseKind;
  @ApiProperty({ enum: CASE_STATUSES }) status!: CaseStatus;
  @ApiProperty({ description: 'The stages the case passes, fixed at acceptance' }) plan!: CasePlan;
  @ApiProperty({ enum: ['ISSUE_NEW', 'REPLACE', 'CANCEL'] })
  certificateOutcome!: CaseSnapshot['outcome'];
  @ApiPropertyOptional({ description: 'The card replaced or cancelled, ID part masked (R32)' })
  currentCertificateNumber!: string | null;
  @ApiPropertyOptional({ description: 'R23: what a partial cancellation strikes off the card' })
  cancelledCategories!: SingleCategory[] | null;
  @ApiProperty() round!: number;
  @ApiProperty() residenceCountyCode!: string;
  @ApiProperty() hukouCountyCode!: string;
  @ApiProperty({ type: ApplicantSummaryView }) applicant!: ApplicantSummaryView;
  @ApiPropertyOptional() conclusion!: ConclusionRecord | null;
  @ApiPropertyOptional() publicity!: PublicityRecord | null;
  @ApiProperty({ type: [DocumentView] }) documents!: DocumentView[];
  @ApiProperty({ type: [DeadlineView] }) deadlines!: DeadlineView[];
  @ApiProperty() handedOverOn!: string;
  @ApiProperty() receivedOn!: string;
  @ApiPropertyOptional() decision!: DecisionRecord | null;
  @ApiPropertyOptional() mailedOn!: string | null;
  @ApiPropertyOptional() waybillNumber!: string | null;
  @ApiProperty() previousRounds!: PreviousRound[];

  static of(
    found: ApprovalCase,
    documents: CaseDocument[],
    deadlines: Deadline[],
  ): ApprovalCaseView {
    const { applicant } = found;
    return {
      applicationId: found.applicationId,
      applicationNumber: found.applicationNumber,
      caseKind: found.caseKind,
      status: found.status,
      plan: found.plan,
      certificateOutcome: found.outcome,
      currentCertificateNumber: found.currentCertificateNumber
        ? `${maskResidentId(found.currentCertificateNumber.slice(0, 18))}${found.currentCertificateNumber.slice(18)}`
        : null,
      cancelledCategories: found.cancelledCategories,
      round: found.round,
      residenceCountyCode: found.residenceCountyCode,
      hukouCountyCode: found.hukouCountyCode,
      applicant: {
        name: applicant.name,
        idNumber: maskResidentId(applicant.idNumber),
        mailingCountyCode: applicant.mailingAddress.countyCode,
        guardian: applicant.guardian
          ? {
              name: applicant.guardian.name,
              relationship: applicant.guardian.relationship,
              idNumber: maskResidentId(applicant.guardian.idNumber),
            }
          : null,
      },
      conclusion: found.conclusion,
      publicity: found.publicity,
      documents: documents.map(DocumentView.of),
      deadlines: deadlines.map(DeadlineView.of),
      handedOverOn: found.handedOverOn,
      receivedOn: found.receivedOn,
      decision: found.decision,
      mailedOn: found.mailedOn,
      waybillNumber: found.waybillNumber,
      previousRounds: found.previousRounds,
    };
  }
}
