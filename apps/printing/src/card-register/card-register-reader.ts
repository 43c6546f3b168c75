import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CardStatusChange } from './card-status-change.entity';
import { RegisteredCard } from './registered-card.entity';

/** Reads of the register: where every other feature gets a card's status from. */
@Injectable()
export class CardRegisterReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The register entry of a card, or null when the county never issued it; inside the caller's
   * transaction when a manager is given.
   */
  find(cardNumber: string, manager = this.dataSource.manager): Promise<RegisteredCard | null> {
    return manager.findOneBy(RegisteredCard, { cardNumber });
  }

  /** Like find, for a card that must be there (a printed certificate is always registered). */
  async require(cardNumber: string, manager: EntityManager = this.dataSource.manager) {
    const card = await this.find(cardNumber, manager);
    // A printed card without its register entry breaks the issuing transaction's guarantee.
    if (!card) throw new Error('a printed certificate has no card register entry');
    return card;
  }

  /** A card's status history, oldest first. */
  history(cardNumber: string): Promise<CardStatusChange[]> {
    return this.dataSource.manager.find(CardStatusChange, {
      where: { cardNumber },
      order: { id: 'ASC' },
    });
  }
}
