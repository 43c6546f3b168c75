import { Injectable } from '@nestjs/common';
import {
  NATIONAL_MONITOR_COUNTY,
  Topics,
  type CaseDecision,
  type StageTransition,
} from '@tongban/contracts';
import { EventPublisher } from '@tongban/messaging';
import { EntityManager } from 'typeorm';
import type { CaseDocument } from '../documents/case-document.entity';
import type { ApprovalCase } from './approval-case.entity';

/**
 * The events approval emits, each into the outbox of the caller's transaction: to printing on
 * this node, back to the residence county (signed by the relay), and de-identified to
 * national monitoring. The cause of each is the hand-over that opened the round.
 */
@Injectable()
export class ApprovalEvents {
  constructor(private readonly events: EventPublisher) {}

  /**
   * R11–R24: printing issues, replaces or cancels the card (the outcome), printing from the
   * verified local photo where a card is printed, with the recognised classification where the
   * plan assessed (R4) — otherwise the current card's stands.
   */
  async approved(
    manager: EntityManager,
    found: ApprovalCase,
    photo: CaseDocument | undefined,
    approvedOn: string,
  ): Promise<void> {
    const { guardian, ...applicant } = found.applicant;
    const classification = found.conclusion?.classification;
    await this.events.publish(manager, Topics.caseApproved, {
      ...this.common(found),
      destinationCounty: found.hukouCountyCode,
      payload: {
        applicationId: found.applicationId,
        caseKind: found.caseKind,
        certificateOutcome: found.outcome,
        ...(found.currentCertificateNumber
          ? { currentCertificateNumber: found.currentCertificateNumber }
          : {}),
        ...(found.cancelledCategories
          ? { cancelledCategories: [...found.cancelledCategories] }
          : {}),
        residenceCountyCode: found.residenceCountyCode,
        hukouCountyCode: found.hukouCountyCode,
        applicant: {
          ...applicant,
          mailingAddress: { ...applicant.mailingAddress },
          ...(guardian ? { guardian: { ...guardian } } : {}),
        },
        ...(classification
          ? {
              classification: {
                category: classification.category,
                level: classification.level,
                impairments: classification.impairments.map((i) => ({ ...i })),
              },
            }
          : {}),
        // The copy in this node's bucket, which printing reads: no URL, nothing to fetch.
        ...(photo
          ? {
              photo: {
                kind: 'PHOTO',
                key: photo.localKey!,
                sha256: photo.sha256,
                size: photo.size,
                contentType: photo.contentType,
              },
            }
          : {}),
        approvedOn,
      },
    });
  }

  /**
   * R30: archive files the verified copies this county holds in the holder's e-archive; every
   * scan of the round, by its key in this node's bucket.
   */
  async documentsApproved(
    manager: EntityManager,
    found: ApprovalCase,
    documents: readonly CaseDocument[],
    approvedOn: string,
  ): Promise<void> {
    await this.events.publish(manager, Topics.caseDocumentsApproved, {
      ...this.common(found),
      destinationCounty: found.hukouCountyCode,
      payload: {
        applicationId: found.applicationId,
        caseKind: found.caseKind,
        hukouCountyCode: found.hukouCountyCode,
        residenceCountyCode: found.residenceCountyCode,
        holder: { idNumber: found.applicant.idNumber, name: found.applicant.name },
        documents: documents
          .filter((d) => d.status === 'VERIFIED' && d.localKey !== null)
          .map((d) => ({
            kind: d.kind,
            ...(d.title ? { title: d.title } : {}),
            key: d.localKey!,
            sha256: d.sha256,
            size: d.size,
            contentType: d.contentType,
          })),
        approvedOn,
      },
    });
  }

  /** R11: the decision goes back to the residence county, which tells the applicant. */
  async decided(
    manager: EntityManager,
    found: ApprovalCase,
    decision: CaseDecision,
    reasons: string[],
    decidedOn: string,
  ): Promise<void> {
    await this.events.publish(manager, Topics.caseDecided, {
      ...this.common(found),
      destinationCounty: found.residenceCountyCode,
      payload: { applicationId: found.applicationId, decision, reasons, decidedOn },
    });
  }

  /** R11: not this county's jurisdiction; the residence county re-determines the county. */
  async returned(
    manager: EntityManager,
    found: ApprovalCase,
    reason: string,
    suggestedHukouCountyCode: string | undefined,
    returnedOn: string,
  ): Promise<void> {
    await this.events.publish(manager, Topics.caseReturned, {
      ...this.common(found),
      destinationCounty: found.residenceCountyCode,
      payload: {
        applicationId: found.applicationId,
        reason,
        ...(suggestedHukouCountyCode ? { suggestedHukouCountyCode } : {}),
        returnedOn,
      },
    });
  }

  /** De-identified (R32): county, kind, stage and day only. */
  async stage(
    manager: EntityManager,
    found: ApprovalCase,
    transition: StageTransition,
    occurredOn: string,
    stage: 'APPROVAL' | 'MAILING' = 'APPROVAL',
  ): Promise<void> {
    await this.events.publish(manager, Topics.caseStageChanged, {
      ...this.common(found),
      destinationCounty: NATIONAL_MONITOR_COUNTY,
      payload: {
        countyCode: found.hukouCountyCode,
        caseKind: found.caseKind,
        stage,
        transition,
        occurredOn,
      },
    });
  }

  private common(found: ApprovalCase) {
    return {
      caseId: found.applicationId,
      sourceCounty: found.hukouCountyCode,
      causationId: found.handoverEventId,
    };
  }
}
