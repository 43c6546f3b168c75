import { DomainRuleViolation } from '../errors/domain-errors';
import {
  CATEGORY_INFO,
  isDisabilityCategory,
  isDisabilityLevel,
  type DisabilityCategory,
  type DisabilityLevel,
  type SingleCategory,
} from './category';

/** One assessed disability: a single category and its level. */
export interface Impairment {
  readonly category: SingleCategory;
  readonly level: DisabilityLevel;
}

/** What a certificate records: its category and level, and the impairments they come from. */
export interface Classification {
  readonly category: DisabilityCategory;
  readonly level: DisabilityLevel;
  /** The single-category findings, ordered by category digit. */
  readonly impairments: readonly Impairment[];
}

/**
 * GB/T 26341-2010: one impairment gives its own category and level; two or more give category 7
 * (多重) graded by the most severe among them (the lowest level number). Impossible input —
 * nothing, MULTIPLE as a finding, a category twice, an unknown category or level — is refused.
 */
export function classify(
  impairments: readonly Impairment[],
  field = 'impairments',
): Classification {
  const fail: (code: string, message: string) => never = (code, message) => {
    throw new DomainRuleViolation('GB/T 26341-2010', field, code, message);
  };
  if (impairments.length === 0) fail('NO_IMPAIRMENT', 'at least one assessed category is required');
  const seen = new Set<string>();
  for (const [index, impairment] of impairments.entries()) {
    const category: unknown = impairment.category;
    if (category === 'MULTIPLE') {
      fail(
        'MULTIPLE_IS_DERIVED',
        `${field}[${index}]: 多重残疾 is derived from two or more categories, not assessed on its own`,
      );
    }
    if (!isDisabilityCategory(category))
      fail('UNKNOWN_CATEGORY', `${field}[${index}]: unknown category "${String(category)}"`);
    if (!isDisabilityLevel(impairment.level))
      fail(
        'INVALID_LEVEL',
        `${field}[${index}]: level must be 1–4, got ${String(impairment.level)}`,
      );
    if (seen.has(impairment.category))
      fail('DUPLICATE_CATEGORY', `${field}: ${impairment.category} appears twice`);
    seen.add(impairment.category);
  }
  const sorted = [...impairments].sort(
    (a, b) => CATEGORY_INFO[a.category].digit - CATEGORY_INFO[b.category].digit,
  );
  const mostSevere = Math.min(...sorted.map((i) => i.level)) as DisabilityLevel;
  const [only] = sorted;
  if (sorted.length === 1 && only !== undefined)
    return { category: only.category, level: only.level, impairments: sorted };
  return { category: 'MULTIPLE', level: mostSevere, impairments: sorted };
}

/** Refuses a stored category/level that its impairments would not produce (e.g. 7 with one finding). */
export function assertClassificationConsistent(
  recorded: Classification,
  field = 'classification',
): Classification {
  const derived = classify(recorded.impairments, `${field}.impairments`);
  if (derived.category !== recorded.category || derived.level !== recorded.level) {
    throw new DomainRuleViolation(
      'GB/T 26341-2010',
      field,
      'INCONSISTENT_CLASSIFICATION',
      `${recorded.category}/${recorded.level} does not follow from the impairments (expected ${derived.category}/${derived.level})`,
    );
  }
  return derived;
}

/**
 * R23 partial cancellation: the classification once some categories are struck off. Every removed
 * category must be on the certificate and at least one must remain (removing all is a full cancellation).
 */
export function withoutCategories(
  current: Classification,
  removed: readonly SingleCategory[],
  field = 'cancelledCategories',
): Classification {
  if (removed.length === 0) {
    throw new DomainRuleViolation(
      'R23',
      field,
      'NOTHING_TO_CANCEL',
      'name at least one category to cancel',
    );
  }
  for (const category of removed) {
    if (!current.impairments.some((i) => i.category === category)) {
      throw new DomainRuleViolation(
        'R23',
        field,
        'CATEGORY_NOT_ON_CERTIFICATE',
        `${category} is not on the certificate`,
      );
    }
  }
  const remaining = current.impairments.filter((i) => !removed.includes(i.category));
  if (remaining.length === 0) {
    throw new DomainRuleViolation(
      'R23',
      field,
      'USE_FULL_CANCELLATION',
      'cancelling every category is a full cancellation (CANCELLATION_FULL)',
    );
  }
  return classify(remaining, field);
}

/**
 * R5: intellectual and mental disability (also within a multiple) need a guardian's ID and proof.
 * A list of categories is read as a card shows them: MULTIPLE together with the categories it is
 * made of (['MULTIPLE', 'INTELLECTUAL', 'PHYSICAL']). MULTIPLE whose parts are not named (fewer
 * than two single categories beside it) may hide an intellectual or mental disability, so it
 * needs the guardian too: asking once for papers that turn out unneeded costs the applicant less
 * than a second trip (R5 一次性告知). Intake refuses such a claim (checkClaimedCategories).
 */
export function categoriesRequireGuardian(categories: readonly DisabilityCategory[]): boolean {
  if (categories.some((c) => c === 'INTELLECTUAL' || c === 'MENTAL')) return true;
  return categories.includes('MULTIPLE') && singleCategoriesOf(categories).length < 2;
}

/** R5: intellectual and mental disability anywhere in a classification (its category or impairments). */
export function classificationRequiresGuardian(
  classification: Pick<Classification, 'category' | 'impairments'>,
): boolean {
  return categoriesRequireGuardian([
    classification.category,
    ...classification.impairments.map((i) => i.category),
  ]);
}

/**
 * R5 with GB/T 26341-2010: a claim of MULTIPLE (多重) must name the two or more categories it is
 * made of, because the guardian requirement and the assessment depend on them; a category named
 * twice is refused too. Undefined when the claim is sound.
 */
export function checkClaimedCategories(
  categories: readonly DisabilityCategory[],
  field = 'claimedCategories',
): DomainRuleViolation | undefined {
  const duplicate = categories.find((c, i) => categories.indexOf(c) !== i);
  if (duplicate !== undefined) {
    return new DomainRuleViolation(
      'R5',
      field,
      'DUPLICATE_CATEGORY',
      `${duplicate} is named twice`,
    );
  }
  if (categories.includes('MULTIPLE') && singleCategoriesOf(categories).length < 2) {
    return new DomainRuleViolation(
      'R5',
      field,
      'MULTIPLE_WITHOUT_COMPONENTS',
      `MULTIPLE (多重残疾) must be claimed with the two or more categories it is made of (e.g. MULTIPLE, INTELLECTUAL, PHYSICAL), since intellectual or mental disability among them needs a guardian`,
    );
  }
  return undefined;
}

function singleCategoriesOf(categories: readonly DisabilityCategory[]): DisabilityCategory[] {
  return [...new Set(categories.filter((c) => c !== 'MULTIPLE'))];
}
