import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FINAL_CERTIFICATE_STATES } from '@tongban/domain';
import { CARD_NUMBER_LOOKUP, lookupHash } from '@tongban/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { RegisteredCard } from './registered-card.entity';

const FINAL_STATES = FINAL_CERTIFICATE_STATES.map((s) => `'${s}'`).join(', ');

/**
 * SQL ordering that puts first, among the register cards of one number, the card that number
 * means: the one in force (at most one, by the partial unique index), else the latest issued.
 * `alias` names card_register in the caller's query; exported for the set-based import merge.
 */
export function cardByNumberOrder(alias: string): string {
  return orderTerms(alias)
    .map(([term, direction]) => `${term} ${direction}`)
    .join(', ');
}

function orderTerms(alias: string): [string, 'ASC' | 'DESC'][] {
  return [
    // false (in force) sorts before true (final)
    [`(${alias}.status IN (${FINAL_STATES}))`, 'ASC'],
    [`${alias}.issued_on`, 'DESC'],
    [`${alias}.registered_at`, 'DESC'],
    [`${alias}.card_id`, 'ASC'],
  ];
}

/**
 * Resolves a certificate number to a card of the register. A number is shared by a card and its
 * successors (renewal R13–R16, data update R17), so it names the card in force or, where every
 * card of the number is final (superseded, cancelled, migrated out), the latest one by issue
 * date: verification of an old number still answers that it is no longer valid. Every lookup
 * by number goes through here, and compares the number's keyed hash (the number is encrypted).
 */
@Injectable()
export class CardByNumber {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The card the number means, or null when the county never issued one with it; inside the
   * caller's transaction when a manager is given. With `lock`, the card's row stays locked until
   * that transaction ends.
   */
  find(
    cardNumber: string,
    manager: EntityManager = this.dataSource.manager,
    options: { lock?: boolean } = {},
  ): Promise<RegisteredCard | null> {
    const query = manager
      .createQueryBuilder(RegisteredCard, 'card')
      .where('card.card_number_hash = :hash', { hash: cardNumberHash(cardNumber) })
      .limit(1);
    for (const [term, direction] of orderTerms('card')) query.addOrderBy(term, direction);
    return (options.lock ? query.setLock('pessimistic_write') : query).getOne();
  }

  /** Whether a card with this number is in force (not superseded, cancelled or migrated out). */
  async isInForce(cardNumber: string, manager: EntityManager = this.dataSource.manager) {
    const card = await this.find(cardNumber, manager);
    return card !== null && !FINAL_CERTIFICATE_STATES.includes(card.status);
  }
}

/** The keyed hash a card number is looked up by (card_register.card_number_hash). */
export function cardNumberHash(cardNumber: string): string {
  return lookupHash(CARD_NUMBER_LOOKUP, cardNumber);
}
