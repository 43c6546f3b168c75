import type { Classification } from '@tongban/domain';
import { EntityManager } from 'typeorm';
import { Certificate } from '../certificates/certificate.entity';
import type { RegisteredCard } from './registered-card.entity';

/**
 * A card's category and level with the impairments they come from: as printed here, as the
 * county's export listed them, or else the card's one category. An imported category 7 card
 * whose export did not list its parts has none recorded: `impairments` is empty.
 */
export async function classificationOfCard(
  manager: EntityManager,
  card: Pick<RegisteredCard, 'cardId' | 'category' | 'level' | 'impairments'>,
): Promise<Classification> {
  const printed = await manager.findOne(Certificate, {
    where: { cardId: card.cardId },
    select: { impairments: true },
  });
  return {
    category: card.category,
    level: card.level,
    impairments:
      printed?.impairments ??
      card.impairments ??
      (card.category === 'MULTIPLE' ? [] : [{ category: card.category, level: card.level }]),
  };
}
