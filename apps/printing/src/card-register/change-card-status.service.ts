import { Injectable } from '@nestjs/common';
import { Topics } from '@tongban/contracts';
import {
  nextCertificateState,
  type CertificateEvent,
  type CertificateTransition,
  type LocalDate,
} from '@tongban/domain';
import { EventPublisher } from '@tongban/messaging';
import { Clock } from '@tongban/util';
import { EntityManager } from 'typeorm';
import { notFound } from '../http/http-problems';
import { CardByNumber, cardNumberHash } from './card-by-number';
import { CardStatusActor, CardStatusChange } from './card-status-change.entity';
import { RegisteredCard } from './registered-card.entity';

/** A requested change of one card's status. */
export interface CardStatusChangeRequest {
  /** Resolved to the card in force (else the latest) by CardByNumber, unless cardId is given. */
  readonly cardNumber: string;
  /** The exact card, when the caller already holds it; must carry cardNumber. */
  readonly cardId?: string;
  readonly event: CertificateEvent;
  readonly on: LocalDate;
  readonly actor: CardStatusActor;
  /** The application (case) behind the change, if any. */
  readonly applicationId?: string;
  /** Why; no names or ID numbers (it goes into the event). */
  readonly reason: string;
}

/**
 * Changes a card's status in the register: the domain decides whether the transition is legal
 * (R18–R24), and the history entry and the `printing.card.status-changed` event are written in
 * the caller's transaction, so the subsidy system (两项补贴) hears of every change exactly once.
 */
@Injectable()
export class ChangeCardStatusService {
  constructor(
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly cardByNumber: CardByNumber,
  ) {}

  async execute(
    manager: EntityManager,
    request: CardStatusChangeRequest,
  ): Promise<CertificateTransition> {
    // Locked: two changes of one card in parallel would both start from the same status. A
    // number whose cards are all final resolves to the latest, which refuses every event.
    const card = request.cardId
      ? await manager.findOne(RegisteredCard, {
          where: { cardId: request.cardId, cardNumberHash: cardNumberHash(request.cardNumber) },
          lock: { mode: 'pessimistic_write' },
        })
      : await this.cardByNumber.find(request.cardNumber, manager, { lock: true });
    if (!card) throw notFound('cardNumber: no card with this number is in the register');
    const transition = nextCertificateState(card.status, request.event);
    await manager.update(
      RegisteredCard,
      { cardId: card.cardId },
      { status: transition.to, statusChangedAt: this.clock.now() },
    );
    await manager.insert(CardStatusChange, {
      cardId: card.cardId,
      cardNumber: card.cardNumber,
      fromStatus: transition.from,
      toStatus: transition.to,
      on: request.on,
      actor: request.actor,
      applicationId: request.applicationId ?? null,
      rule: transition.rule,
      reason: request.reason,
    });
    await this.events.publish(manager, Topics.cardStatusChanged, {
      // Keyed by the card, not a case: one card's changes stay in order on one partition.
      caseId: card.cardId,
      correlationId: request.applicationId ?? card.cardId,
      sourceCounty: card.issuingCountyCode,
      destinationCounty: card.issuingCountyCode,
      payload: {
        cardNumber: card.cardNumber,
        issuingCountyCode: card.issuingCountyCode,
        fromStatus: transition.from,
        toStatus: transition.to,
        on: request.on,
        ...(request.applicationId ? { caseId: request.applicationId } : {}),
        rule: transition.rule,
        reason: request.reason,
      },
    });
    return transition;
  }
}
