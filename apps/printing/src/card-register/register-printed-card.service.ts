import { Injectable } from '@nestjs/common';
import type { DisabilityCategory, DisabilityLevel, LocalDate } from '@tongban/domain';
import { Clock } from '@tongban/util';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CardByNumber, cardNumberHash } from './card-by-number';
import { CardStatusChange } from './card-status-change.entity';
import { RegisteredCard } from './registered-card.entity';

/** What the register needs of a card this system prints. */
export interface PrintedCard {
  /** The card's key, when the caller chose it; a new random one otherwise. */
  readonly cardId?: string;
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
  constructor(
    private readonly clock: Clock,
    private readonly cardByNumber: CardByNumber,
  ) {}

  /**
   * Whether the register holds a card in force with this number (printed or imported). A card
   * superseded by a renewal (R13–R17), cancelled or migrated out no longer blocks the number:
   * its successor is registered with the same one.
   */
  isRegistered(manager: EntityManager, cardNumber: string): Promise<boolean> {
    return this.cardByNumber.isInForce(cardNumber, manager);
  }

  /**
   * Registers the card ACTIVE with its first history entry. The database refuses a second card
   * in force with the same number: supersede the old one first, in the same transaction.
   * Insert the Certificate after this, with the returned cardId (it references the entry).
   */
  async execute(manager: EntityManager, card: PrintedCard): Promise<RegisteredCard> {
    const now = this.clock.now();
    const entry = manager.create(RegisteredCard, {
      cardId: card.cardId ?? randomUUID(),
      cardNumber: card.cardNumber,
      cardNumberHash: cardNumberHash(card.cardNumber),
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
      cardId: entry.cardId,
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
