import { Injectable } from '@nestjs/common';
import type { DisabilityCategory, DisabilityLevel, LocalDate } from '@tongban/domain';
import { Clock } from '@tongban/util';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CardStatusChange } from './card-status-change.entity';
import { RegisteredCard } from './registered-card.entity';

/** What the register needs of a card this system prints. */
export interface PrintedCard {
  readonly cardNumber: string;
  readonly holderIdNumber: string;
  readonly category: DisabilityCategory;
  readonly level: DisabilityLevel;
  readonly issuingCountyCode: string;
  readonly issuedOn: LocalDate;
  readonly validFrom: LocalDate;
  readonly validThrough: LocalDate;
  readonly applicationId: string;
}

/**
 * Registers a card as it is issued, in the issuing transaction, so no card exists without its
 * register entry. Registration is not a status change: printing.certificate.issued announces it.
 */
@Injectable()
export class RegisterPrintedCardService {
  constructor(private readonly clock: Clock) {}

  /** Whether the register already holds a card with this number (printed or imported). */
  isRegistered(manager: EntityManager, cardNumber: string): Promise<boolean> {
    return manager.existsBy(RegisteredCard, { cardNumber });
  }

  async execute(manager: EntityManager, card: PrintedCard): Promise<RegisteredCard> {
    const now = this.clock.now();
    const entry = manager.create(RegisteredCard, {
      cardNumber: card.cardNumber,
      cardId: randomUUID(),
      holderIdNumber: card.holderIdNumber,
      category: card.category,
      level: card.level,
      issuingCountyCode: card.issuingCountyCode,
      issuedOn: card.issuedOn,
      validFrom: card.validFrom,
      validThrough: card.validThrough,
      // Cards printed here follow an assessment per GB/T 26341-2010 (R3).
      assessmentMethod: 'STANDARD',
      validityBasis: null,
      status: 'ACTIVE',
      source: 'PRINTED',
      statusChangedAt: now,
    });
    await manager.insert(RegisteredCard, entry);
    await manager.insert(CardStatusChange, {
      cardNumber: card.cardNumber,
      fromStatus: null,
      toStatus: 'ACTIVE',
      on: card.issuedOn,
      actor: 'system',
      applicationId: card.applicationId,
      rule: 'R11',
      reason: 'issued and printed on approval of the application',
    });
    return entry;
  }
}
