import type { LocalDate } from '../calendar/local-date';
import {
  CATEGORY_INFO,
  categoryFromDigit,
  levelFromDigit,
  type DisabilityCategory,
  type DisabilityLevel,
} from '../disability/category';
import { DomainRuleViolation } from '../errors/domain-errors';
import { parseResidentId } from '../resident-id/resident-id';

/**
 * A disability certificate number (DESIGN §3): the 18-character resident ID number, the category
 * digit and the level digit, plus B1, B2 … for the first, second … reissue after loss (R22).
 */
export interface CertificateNumber {
  readonly value: string;
  readonly residentId: string;
  readonly category: DisabilityCategory;
  readonly level: DisabilityLevel;
  /** 0 for an original card, n for the nth reissue after loss (suffix Bn). */
  readonly reissue: number;
}

/** Parts needed to build a certificate number. */
export interface CertificateNumberParts {
  /** An already validated, normalised resident ID number (see parseResidentId). */
  readonly residentId: string;
  readonly category: DisabilityCategory;
  readonly level: DisabilityLevel;
  readonly reissue?: number;
}

const SHAPE = /^(\d{17}[\dX])(\d)(\d)(?:B(\d+))?$/;

/** Builds the certificate number string from its parts. */
export function buildCertificateNumber(parts: CertificateNumberParts): string {
  const reissue = parts.reissue ?? 0;
  if (!Number.isInteger(reissue) || reissue < 0) {
    throw new DomainRuleViolation(
      'R22',
      'reissue',
      'INVALID_REISSUE',
      `reissue count must be a non-negative integer, got ${reissue}`,
    );
  }
  if (!/^\d{17}[\dX]$/.test(parts.residentId)) {
    throw new DomainRuleViolation(
      'CERTIFICATE_NUMBER',
      'residentId',
      'INVALID_RESIDENT_ID',
      'expected a normalised 18-character ID number',
    );
  }
  return `${parts.residentId}${CATEGORY_INFO[parts.category].digit}${parts.level}${reissue > 0 ? `B${reissue}` : ''}`;
}

/**
 * Parses a certificate number, validating its ID part like parseResidentId (lowercase x and b are
 * normalised); throws a DomainRuleViolation naming the field and what is wrong.
 */
export function parseCertificateNumber(
  input: string,
  options: { asOf: LocalDate; field?: string },
): CertificateNumber {
  const field = options.field ?? 'certificateNumber';
  const normalised = input.replace(/x(?=\d\d(?:[bB]\d+)?$)/, 'X').replace(/b(\d+)$/, 'B$1');
  const match = SHAPE.exec(normalised);
  if (match === null) {
    throw new DomainRuleViolation(
      'CERTIFICATE_NUMBER',
      field,
      'WRONG_FORMAT',
      'expected the 18-character ID number, a category digit, a level digit and an optional B1, B2 … suffix',
    );
  }
  const [, idPart = '', categoryDigit = '', levelDigit = '', suffix] = match;
  if (suffix !== undefined && !/^[1-9]\d*$/.test(suffix)) {
    throw new DomainRuleViolation(
      'R22',
      field,
      'INVALID_REISSUE_SUFFIX',
      `reissue suffix must be B1, B2 …, got "B${suffix}"`,
    );
  }
  const residentId = parseResidentId(idPart, { asOf: options.asOf, field }).value;
  const category = categoryFromDigit(categoryDigit, field);
  const level = levelFromDigit(levelDigit, field);
  const reissue = suffix === undefined ? 0 : Number(suffix);
  return {
    value: buildCertificateNumber({ residentId, category, level, reissue }),
    residentId,
    category,
    level,
    reissue,
  };
}

/** R22: the number of the card reissued after a loss (same number, next B suffix). */
export function reissueAfterLoss(current: CertificateNumber): CertificateNumber {
  const reissue = current.reissue + 1;
  return { ...current, reissue, value: buildCertificateNumber({ ...current, reissue }) };
}

/**
 * R23/R24: the number of the new card after a category/level change or a partial cancellation. New
 * digits make a new number without suffix; when the digits do not change (7/1 stays 7/1 after one
 * of three categories is struck off) the number, suffix included, is kept so it never collides with
 * a card reported lost. Renewals, data updates and migration keep the number as it is.
 */
export function renumberForClassification(
  current: CertificateNumber,
  classification: { readonly category: DisabilityCategory; readonly level: DisabilityLevel },
): CertificateNumber {
  if (classification.category === current.category && classification.level === current.level)
    return current;
  const next = {
    residentId: current.residentId,
    category: classification.category,
    level: classification.level,
    reissue: 0,
  };
  return { ...next, value: buildCertificateNumber(next) };
}
