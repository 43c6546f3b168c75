import type { CaseKind } from '@tongban/contracts';
import {
  parseCertificateNumber,
  reissueAfterLoss,
  renumberForClassification,
  validityFrom,
  validityStartForNewCard,
  type DisabilityCategory,
  type DisabilityLevel,
  type LocalDate,
} from '@tongban/domain';
import { NotIssuableError, type NewCardTerms } from './new-card-terms';

/** The card in force that a case replaces, as the register holds it. */
export interface CurrentCard {
  readonly cardNumber: string;
  readonly category: DisabilityCategory;
  readonly level: DisabilityLevel;
  readonly validFrom: LocalDate;
}

/**
 * Number and validity of the card that replaces `current` (R13–R24):
 * - R22 loss replacement: the same number with the next suffix B1, B2 …;
 * - R24 category/level change, R14 a re-assessed renewal: the number of the new classification
 *   (a change to the same category and level is refused: nothing would change);
 * - R15–R17 renewals: the same number;
 * validity from the issue date where the card follows an assessment or an expiry (R15), the
 * old start otherwise (R16), ten years on (R13).
 */
export function replacementCardTerms(
  kind: CaseKind,
  current: CurrentCard,
  classification:
    { readonly category: DisabilityCategory; readonly level: DisabilityLevel } | undefined,
  issuedOn: LocalDate,
): NewCardTerms {
  const number = parseCertificateNumber(current.cardNumber, { asOf: issuedOn });
  let next;
  switch (kind) {
    case 'LOSS_REPLACEMENT':
      next = reissueAfterLoss(number);
      break;
    case 'CATEGORY_LEVEL_CHANGE':
    case 'CANCELLATION_PARTIAL':
      if (!classification) {
        throw new NotIssuableError(
          `payload.classification: a ${kind} prints the card of its new classification, which the approval does not carry (${kind === 'CANCELLATION_PARTIAL' ? 'R23' : 'R24'})`,
        );
      }
      if (classification.category === current.category && classification.level === current.level) {
        throw new NotIssuableError(
          `payload.classification: ${classification.category} level ${classification.level} is the current card's; a change needs a different category or level (R24)`,
        );
      }
      next = renumberForClassification(number, classification);
      break;
    case 'RENEWAL_EXPIRY':
    case 'RENEWAL_DAMAGED':
    case 'RENEWAL_DATA_UPDATE':
      next = classification ? renumberForClassification(number, classification) : number;
      break;
    case 'NEW':
    case 'MIGRATION':
    case 'CANCELLATION_FULL':
      throw new NotIssuableError(
        `payload.caseKind: ${kind} does not replace a card here (R18, R23); only renewals, loss replacement, partial cancellation and change do`,
      );
  }
  const validFrom = validityStartForNewCard(kind, {
    issuedOn,
    previousValidFrom: current.validFrom,
  });
  return {
    certificateNumber: next.value,
    issuedOn,
    validFrom,
    validThrough: validityFrom(validFrom).validThrough,
  };
}
