import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CardStatusChange } from './card-status-change.entity';
import { RegisteredCard } from './registered-card.entity';

/**
 * Reads of the register by card id: where every other feature gets a card's status from. A
 * certificate number is resolved to its card by CardByNumber first.
 */
@Injectable()
export class CardRegisterReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The register entry of a card; inside the caller's transaction when a manager is given. */
  findById(cardId: string, manager = this.dataSource.manager): Promise<RegisteredCard | null> {
    return manager.findOneBy(RegisteredCard, { cardId });
  }

  /** Like findById, for a card that must be there (a printed certificate is always registered). */
  async require(cardId: string, manager: EntityManager = this.dataSource.manager) {
    const card = await this.findById(cardId, manager);
    // A printed card without its register entry breaks the issuing transaction's guarantee.
    if (!card) throw new Error('a printed certificate has no card register entry');
    return card;
  }

  /** A card's status history, oldest first (its predecessors with the same number have their own). */
  history(cardId: string): Promise<CardStatusChange[]> {
    return this.dataSource.manager.find(CardStatusChange, {
      where: { cardId },
      order: { id: 'ASC' },
    });
  }
}
