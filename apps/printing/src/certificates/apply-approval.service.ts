import { Injectable } from '@nestjs/common';
import type { CaseApprovedEvent } from '@tongban/contracts';
import {
  chinaLocalDateOf,
  DomainRuleViolation,
  withoutCategories,
  type CertificateEvent,
  type Classification,
} from '@tongban/domain';
import { Clock } from '@tongban/util';
import { EntityManager } from 'typeorm';
import { CardByNumber } from '../card-register/card-by-number';
import { classificationOfCard } from '../card-register/card-classification';
import { ChangeCardStatusService } from '../card-register/change-card-status.service';
import { RegisteredCard } from '../card-register/registered-card.entity';
import { PrintingConfig } from '../config/printing.config';
import { Certificate } from './certificate.entity';
import { IssueCertificateService } from './issue-certificate.service';
import { NotIssuableError } from './new-card-terms';
import { replacementCardTerms } from './replacement-card-terms';

/**
 * What the hukou county's approval does to its cards (R11–R24), in the approval's inbox
 * transaction: issue a new card; replace the card in force (renewal, loss, change) — the old one
 * superseded, or reported lost from this moment on (R22), before its successor is printed; or
 * cancel it, printing nothing (R23). Every status change reaches the county's subscribers
 * through the register.
 */
@Injectable()
export class ApplyApprovalService {
  constructor(
    private readonly issue: IssueCertificateService,
    private readonly statuses: ChangeCardStatusService,
    private readonly cards: CardByNumber,
    private readonly clock: Clock,
    private readonly config: PrintingConfig,
  ) {}

  async execute(
    manager: EntityManager,
    event: CaseApprovedEvent,
  ): Promise<Certificate | undefined> {
    const { payload } = event;
    // R11: the hukou county approves and prints; a node acts only for counties it serves.
    if (!this.config.COUNTY_CODES.includes(payload.hukouCountyCode)) {
      throw new NotIssuableError(
        `payload.hukouCountyCode: county ${payload.hukouCountyCode} is not served by this node; only the hukou county prints the card (R11)`,
      );
    }
    if (payload.certificateOutcome === 'ISSUE_NEW') return this.issue.execute(manager, event);
    const current = await this.currentCard(manager, event);
    const today = chinaLocalDateOf(this.clock.now());
    const change = (statusEvent: CertificateEvent, reason: string) =>
      this.statuses.execute(manager, {
        cardNumber: current.cardNumber,
        cardId: current.cardId,
        event: statusEvent,
        on: today,
        actor: 'system',
        applicationId: payload.applicationId,
        reason,
      });
    if (payload.certificateOutcome === 'CANCEL') {
      const caseKind =
        payload.caseKind === 'RENEWAL_EXPIRY' ? 'RENEWAL_EXPIRY' : 'CANCELLATION_FULL';
      await change(
        { type: 'CANCEL', caseKind },
        `cancelled on approval of a ${payload.caseKind} case`,
      );
      return undefined;
    }
    if (!payload.photo) {
      throw new NotIssuableError(
        `payload.photo: a replacement card is printed with the applicant's photo (R5, R12)`,
      );
    }
    const kind = payload.caseKind;
    if (kind === 'NEW' || kind === 'MIGRATION' || kind === 'CANCELLATION_FULL') {
      throw new NotIssuableError(
        `payload.caseKind: ${kind} does not replace a card at the hukou county (R18, R23)`,
      );
    }
    const classification = await this.classificationAfter(manager, event, current);
    const terms = replacementCardTerms(kind, current, classification, today);
    if (kind === 'LOSS_REPLACEMENT') {
      // R22: verification answers "reported lost" for the old card from approval on.
      if (current.status !== 'REPORTED_LOST')
        await change({ type: 'REPORT_LOST' }, 'reported lost; a replacement was approved');
    } else {
      await change(
        { type: 'SUPERSEDE', caseKind: kind },
        `replaced by a new card on approval of a ${kind} case`,
      );
    }
    return this.issue.print(manager, event, terms, classification, payload.photo);
  }

  /** The card in force the case is about; the register of this county must hold it (R11). */
  private async currentCard(
    manager: EntityManager,
    event: CaseApprovedEvent,
  ): Promise<RegisteredCard> {
    const { currentCertificateNumber, applicant, hukouCountyCode } = event.payload;
    const card = currentCertificateNumber
      ? await this.cards.find(currentCertificateNumber.toUpperCase(), manager, { lock: true })
      : null;
    if (!card || card.issuingCountyCode !== hukouCountyCode) {
      throw new NotIssuableError(
        `payload.currentCertificateNumber: the register of county ${hukouCountyCode} holds no such card; the hukou county replaces or cancels only its own cards (R11)`,
      );
    }
    if (card.holderIdNumber !== applicant.idNumber.toUpperCase()) {
      throw new NotIssuableError(
        `payload.currentCertificateNumber: the card is not the applicant's (R11)`,
      );
    }
    return card;
  }

  /**
   * The classification the replacement card shows: the recognised conclusion where the plan
   * assessed (R4, R14, R24); the current card's without the struck-off categories (R23); else the
   * current card's own.
   */
  private async classificationAfter(
    manager: EntityManager,
    event: CaseApprovedEvent,
    current: RegisteredCard,
  ): Promise<Classification> {
    const { classification, caseKind, cancelledCategories } = event.payload;
    if (classification) return classification;
    const held = await classificationOfCard(manager, current);
    if (caseKind !== 'CANCELLATION_PARTIAL') return held;
    try {
      return withoutCategories(held, cancelledCategories ?? [], 'payload.cancelledCategories');
    } catch (error) {
      // Intake judged this on the card facts at acceptance; the register may have moved since.
      if (error instanceof DomainRuleViolation) throw new NotIssuableError(error.message);
      throw error;
    }
  }
}
