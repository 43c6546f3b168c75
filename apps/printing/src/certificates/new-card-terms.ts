import type { CaseKind } from '@tongban/contracts';
import {
  buildCertificateNumber,
  parseResidentId,
  validityFrom,
  validityStartForNewCard,
  type DisabilityCategory,
  type DisabilityLevel,
  type LocalDate,
} from '@tongban/domain';

/** What an approved case says about the card to issue. */
export interface NewCardRequest {
  caseKind: CaseKind;
  idNumber: string;
  category: DisabilityCategory;
  level: DisabilityLevel;
}

/** Number and validity of a card issued on `issuedOn`. */
export interface NewCardTerms {
  certificateNumber: string;
  issuedOn: LocalDate;
  validFrom: LocalDate;
  validThrough: LocalDate;
}

/** A case this service cannot print yet; the message names the field and why (no personal data). */
export class NotIssuableError extends Error {
  override readonly name = 'NotIssuableError';
}

/**
 * The terms of a new card: number = ID number + category digit + level digit (DESIGN §3), valid
 * for ten years from the issue date (R13, R15). Only NEW cases so far: the other kinds keep or
 * supersede an earlier card, which printing learns about with the other case kinds.
 */
export function newCardTerms(request: NewCardRequest, issuedOn: LocalDate): NewCardTerms {
  if (request.caseKind !== 'NEW') {
    throw new NotIssuableError(
      `payload.caseKind: printing issues NEW certificates only so far; ${request.caseKind} needs the previous card (R13–R24)`,
    );
  }
  // Normalises a lowercase check character x so the number reads as printed on the ID card.
  const residentId = parseResidentId(request.idNumber, {
    asOf: issuedOn,
    field: 'payload.applicant.idNumber',
  }).value;
  const validFrom = validityStartForNewCard(request.caseKind, { issuedOn });
  return {
    certificateNumber: buildCertificateNumber({
      residentId,
      category: request.category,
      level: request.level,
    }),
    issuedOn,
    validFrom,
    validThrough: validityFrom(validFrom).validThrough,
  };
}
