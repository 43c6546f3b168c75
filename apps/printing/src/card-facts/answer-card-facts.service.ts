import { Injectable } from '@nestjs/common';
import { CardFactsDto, CardFactsRequestedEvent, Topics, type CaseKind } from '@tongban/contracts';
import {
  chinaLocalDateOf,
  compareLocalDates,
  parseCertificateNumber,
  type LocalDate,
} from '@tongban/domain';
import { EventPublisher } from '@tongban/messaging';
import { Clock } from '@tongban/util';
import { EntityManager } from 'typeorm';
import { CardByNumber } from '../card-register/card-by-number';
import { classificationOfCard } from '../card-register/card-classification';
import { CardStatusChange } from '../card-register/card-status-change.entity';
import { RegisteredCard } from '../card-register/registered-card.entity';
import { PrintingConfig } from '../config/printing.config';

/** A request this county will not answer; the reason names the field, never the holder. */
export class CardFactsRefusedError extends Error {
  override readonly name = 'CardFactsRefusedError';
}

/**
 * The hukou county answers a residence county's question about one of its cards with only what
 * the rules need (R7, R13, R14, R22–R24), from the card register, in the request's inbox
 * transaction, to the asking county's topic.
 */
@Injectable()
export class AnswerCardFactsService {
  constructor(
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly config: PrintingConfig,
    private readonly cards: CardByNumber,
  ) {}

  async execute(manager: EntityManager, event: CardFactsRequestedEvent): Promise<void> {
    const { payload } = event;
    // R11: a county answers for its own cards; the envelope says which county is asked.
    if (!this.config.COUNTY_CODES.includes(event.destinationCounty)) {
      throw new CardFactsRefusedError(
        `destinationCounty: county ${event.destinationCounty} is not served by this node`,
      );
    }
    const today = chinaLocalDateOf(this.clock.now());
    const found = await this.cards.find(payload.certificateNumber.toUpperCase(), manager);
    // R11: a county answers only for the cards it issued.
    const card = found?.issuingCountyCode === event.destinationCounty ? found : null;
    await this.events.publish(manager, Topics.cardFactsAnswered, {
      caseId: event.caseId,
      sourceCounty: event.destinationCounty,
      destinationCounty: event.sourceCounty,
      causationId: event.id,
      payload: {
        requestId: payload.requestId,
        applicationId: payload.applicationId,
        outcome: card ? 'FOUND' : 'NOT_FOUND',
        ...(card ? { facts: await this.factsOf(manager, card, payload.caseKind) } : {}),
        answeredOn: today,
      },
    });
  }

  private async factsOf(
    manager: EntityManager,
    card: RegisteredCard,
    caseKind: CaseKind,
  ): Promise<CardFactsDto> {
    const cancelled =
      card.status === 'CANCELLED'
        ? await manager.findOne(CardStatusChange, {
            where: { cardId: card.cardId, toStatus: 'CANCELLED' },
            order: { on: 'DESC' },
          })
        : null;
    return {
      status: card.status,
      category: card.category,
      level: card.level,
      validFrom: card.validFrom,
      validThrough: card.validThrough,
      // R14: 目测评定 before 2018 must be re-assessed on expiry renewal.
      visualAssessmentBefore2018:
        card.assessmentMethod === 'VISUAL' &&
        compareLocalDates(card.issuedOn, '2018-01-01' as LocalDate) < 0,
      ...(cancelled ? { cancelledOn: cancelled.on } : {}),
      reissue: parseCertificateNumber(card.cardNumber, { asOf: card.issuedOn }).reissue,
      // R23: what a partial cancellation may strike off; no other question needs the parts.
      ...(caseKind === 'CANCELLATION_PARTIAL' ? await this.impairmentsOf(manager, card) : {}),
    };
  }

  private async impairmentsOf(manager: EntityManager, card: RegisteredCard) {
    const { impairments } = await classificationOfCard(manager, card);
    return impairments.length > 0 ? { impairments: impairments.map((i) => ({ ...i })) } : {};
  }
}
