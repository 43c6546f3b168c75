import {
  assertClassificationConsistent,
  CATEGORY_INFO,
  compareLocalDates,
  DISABILITY_CATEGORIES,
  DomainRuleViolation,
  LEVEL_NAMES_ZH,
  parseCertificateNumber,
  parseLocalDate,
  parseResidentId,
  validityFrom,
  type DisabilityCategory,
  type DisabilityLevel,
  type Impairment,
  type LocalDate,
} from '@tongban/domain';
import type { AssessmentMethod, ImportedCardStatus } from '../registered-card.entity';
import type { RegisterColumn } from './register-csv-layout';

/** One valid row of a register export, normalised. */
export interface ImportedCard {
  readonly line: number;
  readonly cardNumber: string;
  readonly holderIdNumber: string;
  readonly category: DisabilityCategory;
  readonly level: DisabilityLevel;
  readonly issuedOn: LocalDate;
  readonly validFrom: LocalDate;
  readonly validThrough: LocalDate;
  readonly assessmentMethod: AssessmentMethod;
  readonly issuingCountyCode: string;
  readonly validityBasis: string | null;
  /** The parts of a MULTIPLE card when the export lists them; null when it does not. */
  readonly impairments: readonly Impairment[] | null;
  readonly status: ImportedCardStatus;
  /** The day it entered a status other than ACTIVE; null for an ACTIVE card. */
  readonly statusChangedOn: LocalDate | null;
}

/** Why a row was refused: the column and rule where one applies. */
export interface RowProblem {
  readonly field: string;
  readonly rule: string;
  readonly reason: string;
}

/** A refused row: its line in the file and every problem found in it. */
export interface RejectedRow {
  readonly line: number;
  readonly cardNumber: string;
  readonly problems: readonly RowProblem[];
}

/** What every row is checked against. */
export interface RowContext {
  /** Today (China date): ID birth dates and issue dates may not be after it. */
  readonly asOf: LocalDate;
  /** R11: the counties this node serves; only their cards belong in its register. */
  readonly servedCounties: ReadonlySet<string>;
}

export type RowValues = Readonly<Partial<Record<RegisterColumn, string>>>;

const CATEGORY_ALIASES = new Map<string, DisabilityCategory>(
  DISABILITY_CATEGORIES.flatMap((category) => {
    const info = CATEGORY_INFO[category];
    return [
      [category, category],
      [String(info.digit), category],
      [info.nameZh, category],
      [info.nameZh.replace(/残疾$/, ''), category],
    ] as [string, DisabilityCategory][];
  }),
);

const LEVEL_ALIASES = new Map<string, DisabilityLevel>(
  ([1, 2, 3, 4] as const).flatMap((level) => [
    [String(level), level],
    [LEVEL_NAMES_ZH[level], level],
  ]),
);

const METHOD_ALIASES = new Map<string, AssessmentMethod>([
  ['STANDARD', 'STANDARD'],
  ['标准', 'STANDARD'],
  ['VISUAL', 'VISUAL'],
  ['目测', 'VISUAL'],
]);

const STATUS_ALIASES = new Map<string, ImportedCardStatus>([
  ['', 'ACTIVE'],
  ['ACTIVE', 'ACTIVE'],
  ['在用', 'ACTIVE'],
  ['正常', 'ACTIVE'],
  ['FROZEN', 'FROZEN'],
  ['冻结', 'FROZEN'],
  ['REPORTED_LOST', 'REPORTED_LOST'],
  ['挂失', 'REPORTED_LOST'],
  ['CANCELLED', 'CANCELLED'],
  ['注销', 'CANCELLED'],
  ['MIGRATED_OUT', 'MIGRATED_OUT'],
  ['迁出', 'MIGRATED_OUT'],
]);

/**
 * Checks one row of a county register export with the domain rules (GB 11643 check character,
 * number = ID + category digit + level digit, real and consistent dates, R11 county, R13
 * validity); returns the normalised card or every problem found.
 */
export function parseRegisterRow(
  line: number,
  values: RowValues,
  context: RowContext,
): ImportedCard | RejectedRow {
  const problems: RowProblem[] = [];
  const attempt = <T>(field: string, parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof DomainRuleViolation)) throw error;
      problems.push({ field, rule: error.rule, reason: error.message });
      return undefined;
    }
  };
  const refuse = (field: string, rule: string, reason: string) =>
    problems.push({ field, rule, reason });
  const text = (column: RegisterColumn) => values[column]?.trim() ?? '';

  const number = attempt('card_number', () =>
    parseCertificateNumber(text('card_number'), { asOf: context.asOf, field: 'card_number' }),
  );
  const holder = attempt('holder_id_number', () =>
    parseResidentId(text('holder_id_number'), { asOf: context.asOf, field: 'holder_id_number' }),
  );
  if (number && holder && number.residentId !== holder.value) {
    refuse(
      'holder_id_number',
      'CERTIFICATE_NUMBER',
      'holder_id_number: the number must begin with the holder’s ID number',
    );
  }
  const category = CATEGORY_ALIASES.get(text('category').toUpperCase());
  if (category === undefined) {
    refuse('category', 'GB/T 26341-2010', `category: unknown category "${text('category')}"`);
  } else if (number && number.category !== category) {
    refuse(
      'category',
      'CERTIFICATE_NUMBER',
      `category: ${category} (digit ${CATEGORY_INFO[category].digit}) does not match the number’s category digit`,
    );
  }
  const level = LEVEL_ALIASES.get(text('level'));
  if (level === undefined) {
    refuse('level', 'GB/T 26341-2010', `level: expected 1–4, got "${text('level')}"`);
  } else if (number && number.level !== level) {
    refuse(
      'level',
      'CERTIFICATE_NUMBER',
      `level: ${level} does not match the number’s level digit`,
    );
  }

  const date = (column: RegisterColumn) =>
    attempt(column, () => parseLocalDate(text(column), column));
  const issuedOn = date('issued_on');
  const validFrom = date('valid_from');
  const validThrough = text('valid_through') === '' ? undefined : date('valid_through');
  const validityBasis = text('validity_basis') || null;
  if (issuedOn && compareLocalDates(issuedOn, context.asOf) > 0) {
    refuse('issued_on', 'DATE', `issued_on: ${issuedOn} is in the future`);
  }
  if (issuedOn && holder && compareLocalDates(issuedOn, holder.birthDate) < 0) {
    refuse('issued_on', 'DATE', 'issued_on: before the holder’s birth date');
  }
  if (issuedOn && validFrom && compareLocalDates(validFrom, issuedOn) > 0) {
    refuse('valid_from', 'R15', `valid_from: ${validFrom} is after the issue date ${issuedOn}`);
  }
  // R13: ten years from the start, unless the source says why not.
  const tenYears = validFrom ? validityFrom(validFrom).validThrough : undefined;
  const through = validThrough ?? tenYears;
  if (validThrough && tenYears && validThrough !== tenYears && validityBasis === null) {
    refuse(
      'valid_through',
      'R13',
      `valid_through: ${validThrough} is not ten years from ${validFrom} (${tenYears}); give validity_basis when the source says otherwise`,
    );
  }
  if (validFrom && validThrough && compareLocalDates(validThrough, validFrom) < 0) {
    refuse('valid_through', 'R13', 'valid_through: before valid_from');
  }
  if (issuedOn && through && compareLocalDates(issuedOn, through) > 0) {
    refuse('issued_on', 'R13', 'issued_on: after the last day of validity');
  }

  const assessmentMethod = METHOD_ALIASES.get(text('assessment_method').toUpperCase());
  if (assessmentMethod === undefined) {
    refuse(
      'assessment_method',
      'R14',
      `assessment_method: expected STANDARD or VISUAL (目测), got "${text('assessment_method')}"`,
    );
  }
  const county = text('issuing_county_code');
  if (!context.servedCounties.has(county)) {
    refuse(
      'issuing_county_code',
      'R11',
      `issuing_county_code: "${county}" is not a county this node serves; only the hukou county keeps its register`,
    );
  }

  const impairments =
    category && level ? parseImpairments(text('impairments'), { category, level }, refuse) : null;

  const status = STATUS_ALIASES.get(text('status').toUpperCase());
  if (status === undefined) {
    refuse(
      'status',
      'REGISTER',
      /^(SUPERSEDED|已换发)$/i.test(text('status'))
        ? 'status: a replaced card is not imported; export the card that replaced it'
        : `status: expected ACTIVE, FROZEN, REPORTED_LOST, CANCELLED or MIGRATED_OUT, got "${text('status')}"`,
    );
  }
  const statusChangedOn = text('status_changed_on') === '' ? null : date('status_changed_on');
  if (status !== undefined && status !== 'ACTIVE' && text('status_changed_on') === '') {
    refuse('status_changed_on', 'REGISTER', `status_changed_on: required for a ${status} card`);
  }
  if (status === 'ACTIVE' && statusChangedOn) {
    refuse(
      'status_changed_on',
      'REGISTER',
      'status_changed_on: only for a card that is not ACTIVE',
    );
  }
  if (statusChangedOn && issuedOn && compareLocalDates(statusChangedOn, issuedOn) < 0) {
    refuse('status_changed_on', 'DATE', `status_changed_on: before the issue date ${issuedOn}`);
  }
  if (statusChangedOn && compareLocalDates(statusChangedOn, context.asOf) > 0) {
    refuse('status_changed_on', 'DATE', `status_changed_on: ${statusChangedOn} is in the future`);
  }

  if (
    problems.length > 0 ||
    !status ||
    !number ||
    !holder ||
    !category ||
    !level ||
    !issuedOn ||
    !validFrom ||
    !through ||
    !assessmentMethod
  ) {
    return { line, cardNumber: text('card_number'), problems };
  }
  return {
    line,
    cardNumber: number.value,
    holderIdNumber: holder.value,
    category,
    level,
    issuedOn,
    validFrom,
    validThrough: through,
    assessmentMethod,
    issuingCountyCode: county,
    validityBasis,
    impairments,
    status,
    statusChangedOn: statusChangedOn ?? null,
  };
}

/**
 * The impairments column, `CATEGORY:LEVEL` parts separated by `;`: they must give the card's own
 * category and level (GB/T 26341-2010: two or more parts make MULTIPLE at the most severe level).
 */
function parseImpairments(
  value: string,
  card: { category: DisabilityCategory; level: DisabilityLevel },
  refuse: (field: string, rule: string, reason: string) => void,
): Impairment[] | null {
  if (value === '') return null;
  const parts: Impairment[] = [];
  for (const part of value.split(/[;；]/).map((p) => p.trim())) {
    const [categoryText = '', levelText = '', ...rest] = part.split(/[:：]/).map((p) => p.trim());
    const category = CATEGORY_ALIASES.get(categoryText.toUpperCase());
    const level = LEVEL_ALIASES.get(levelText);
    if (rest.length > 0 || category === undefined || category === 'MULTIPLE' || !level) {
      refuse(
        'impairments',
        'GB/T 26341-2010',
        `impairments: "${part}" is not CATEGORY:LEVEL with a single category and a level 1–4`,
      );
      return null;
    }
    parts.push({ category, level });
  }
  try {
    return [
      ...assertClassificationConsistent({ ...card, impairments: parts }, 'impairments').impairments,
    ];
  } catch (error) {
    if (!(error instanceof DomainRuleViolation)) throw error;
    refuse('impairments', error.rule, error.message);
    return null;
  }
}

/** Narrows a parse result to a refusal. */
export function isRejected(row: ImportedCard | RejectedRow): row is RejectedRow {
  return 'problems' in row;
}
