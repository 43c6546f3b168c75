import {
  compareLocalDates,
  fullYearsBetween,
  isRealDate,
  localDate,
  type LocalDate,
} from '../calendar/local-date';
import { findCounty, provinceNameOf, type County } from '../divisions/divisions';
import { DomainRuleViolation } from '../errors/domain-errors';
import { residentIdCheckCharacter } from './check-character';

/** Sex from the 17th digit (odd male, even female). */
export type Sex = 'MALE' | 'FEMALE';

/**
 * How the issuing-region code was recognised. The division data has current codes only, so a code
 * abolished since the number was issued (e.g. 330103 下城区, merged in 2021) is accepted when its
 * province exists, and reported as UNLISTED_IN_KNOWN_PROVINCE rather than refused.
 */
export type IssuingRegion =
  | { readonly status: 'LISTED_COUNTY'; readonly county: County }
  | {
      readonly status: 'UNLISTED_IN_KNOWN_PROVINCE';
      readonly provinceCode: string;
      readonly provinceName: string;
    };

/** A valid 18-character resident identity number (GB 11643-1999) and what it encodes. */
export interface ResidentId {
  /** Normalised number (a final lowercase x becomes X). */
  readonly value: string;
  /**
   * Where the number was first issued. Never the current hukou county: people keep their number
   * when their hukou moves, so the hukou county is always asked for separately.
   */
  readonly issuingRegionCode: string;
  readonly issuingRegion: IssuingRegion;
  readonly birthDate: LocalDate;
  /** Sequence code (digits 15–17) among people of the same region and birth date. */
  readonly sequence: string;
  readonly sex: Sex;
  readonly checkCharacter: string;
}

/** Options of parseResidentId. */
export interface ParseResidentIdOptions {
  /** The date the number is checked on (e.g. the application date): birth dates after it are refused. */
  readonly asOf: LocalDate;
  /** Field name used in errors, e.g. 'guardian.idNumber'. */
  readonly field?: string;
}

// Full-width digits and X (０-９, Ｘ, ｘ) typed with a Chinese input method.
const FULL_WIDTH = /[\uFF10-\uFF19\uFF38\uFF58]/;
const WHITESPACE = /[\s\u3000]/;
const EARLIEST_BIRTH_DATE = '1900-01-01';

/** Parses and validates an 18-character resident ID number; throws a DomainRuleViolation naming the defect. */
export function parseResidentId(input: string, options: ParseResidentIdOptions): ResidentId {
  const field = options.field ?? 'idNumber';
  const fail: (code: string, message: string) => never = (code, message) => {
    throw new DomainRuleViolation('GB 11643-1999', field, code, message);
  };
  if (input.length === 0) fail('EMPTY', 'the ID number is empty');
  if (WHITESPACE.test(input))
    fail(
      'CONTAINS_WHITESPACE',
      'the ID number contains spaces; enter the 18 characters without spaces',
    );
  if (FULL_WIDTH.test(input)) {
    fail(
      'FULL_WIDTH_CHARACTERS',
      'the ID number contains full-width characters (０-９/Ｘ); switch the input method to half-width',
    );
  }
  if (/^\d{15}$/.test(input)) {
    fail(
      'LEGACY_15_DIGIT',
      'a 15-digit first-generation number is not accepted; enter the 18-character number',
    );
  }
  if (input.length !== 18)
    fail('WRONG_LENGTH', `the ID number has ${input.length} characters; it must have 18`);
  // Only the check character may be a letter, and a lowercase x is the same character as X.
  const value = input.endsWith('x') ? `${input.slice(0, 17)}X` : input;
  if (!/^\d{17}[\dX]$/.test(value)) {
    fail('INVALID_CHARACTERS', 'the first 17 characters must be digits and the last a digit or X');
  }
  const checkCharacter = value[17]!;
  if (residentIdCheckCharacter(value.slice(0, 17)) !== checkCharacter) {
    fail(
      'CHECK_CHARACTER_MISMATCH',
      'the check character does not match; the number was probably mistyped',
    );
  }

  const issuingRegionCode = value.slice(0, 6);
  const issuingRegion = recogniseIssuingRegion(issuingRegionCode);
  if (issuingRegion === undefined)
    fail('UNKNOWN_REGION', `the region code ${issuingRegionCode} is not a Chinese division`);

  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (!isRealDate(year, month, day))
    fail('BIRTH_DATE_NOT_REAL', `the birth date ${value.slice(6, 14)} does not exist`);
  const birthDate = localDate(year, month, day, field);
  if (compareLocalDates(birthDate, options.asOf) > 0) {
    fail('BIRTH_DATE_IN_FUTURE', `the birth date ${birthDate} is after ${options.asOf}`);
  }
  if (birthDate < EARLIEST_BIRTH_DATE)
    fail('BIRTH_DATE_IMPLAUSIBLE', `the birth date ${birthDate} is before 1900`);

  const sequence = value.slice(14, 17);
  return {
    value,
    issuingRegionCode,
    issuingRegion,
    birthDate,
    sequence,
    sex: Number(sequence[2]) % 2 === 1 ? 'MALE' : 'FEMALE',
    checkCharacter,
  };
}

/** True when the number passes every check of parseResidentId on `asOf`. */
export function isValidResidentId(input: string, asOf: LocalDate): boolean {
  try {
    parseResidentId(input, { asOf });
    return true;
  } catch (error) {
    if (error instanceof DomainRuleViolation) return false;
    throw error;
  }
}

/** Full years of age on a date, from the birth date the ID number carries. */
export function ageOn(id: Pick<ResidentId, 'birthDate'>, on: LocalDate): number {
  return fullYearsBetween(id.birthDate, on);
}

/** DESIGN §3: a minor is under 18 on the application date (R5 guardian proof, R10 no publicity). */
export function isMinorOn(id: Pick<ResidentId, 'birthDate'>, on: LocalDate): boolean {
  return ageOn(id, on) < 18;
}

/** R32: the number as logs and lists may show it (only the last four characters). */
export function maskResidentId(value: string): string {
  return `${'*'.repeat(Math.max(0, value.length - 4))}${value.slice(-4)}`;
}

function recogniseIssuingRegion(code: string): IssuingRegion | undefined {
  const county = findCounty(code);
  if (county !== undefined) return { status: 'LISTED_COUNTY', county };
  const provinceName = provinceNameOf(code.slice(0, 2));
  if (provinceName === undefined) return undefined;
  return {
    status: 'UNLISTED_IN_KNOWN_PROVINCE',
    provinceCode: `${code.slice(0, 2)}0000`,
    provinceName,
  };
}
