import type { LocalDate } from '../calendar/local-date';
import type { CertificateState } from '../certificate/lifecycle';
import type { CaseKind } from '../case/case-kind';
import {
  categoriesRequireGuardian,
  checkClaimedCategories,
  withoutCategories,
  type Impairment,
} from '../disability/classification';
import type { DisabilityCategory, DisabilityLevel, SingleCategory } from '../disability/category';
import { DomainRuleViolation } from '../errors/domain-errors';
import { checkResidencePermit, type ResidencePermit } from './residence-permit';
import {
  checkExpiryRenewalTiming,
  checkReapplicationAfterCancellation,
  type SupervisorOverride,
} from './timing-rules';

/** The applicant's existing certificate, if any. */
export interface ExistingCertificate {
  readonly state: CertificateState;
  readonly validFrom: LocalDate;
  /** The card's category, where known (R17: a data update never changes it). */
  readonly category?: DisabilityCategory;
  readonly level?: DisabilityLevel;
  /** The single categories the card is made of, where known (R23: what a partial cancellation may strike off). */
  readonly impairments?: readonly Impairment[];
}

/** Everything eligibility is decided on; callers pass dates and facts, nothing is looked up. */
export interface ApplicationEligibilityInput {
  readonly kind: CaseKind;
  readonly applicationDate: LocalDate;
  readonly residenceCountyCode: string;
  readonly residencePermit?: ResidencePermit;
  readonly applicantIsMinor: boolean;
  /** Categories applied for (new) or on the card. */
  readonly categories: readonly DisabilityCategory[];
  readonly guardianProvided: boolean;
  readonly existingCertificate?: ExistingCertificate;
  /** Date of the latest cancellation of a certificate of the applicant (R7). */
  readonly lastCancelledOn?: LocalDate;
  readonly override?: SupervisorOverride;
  /** Material ids handed in, for R18's migration proof. */
  readonly submittedMaterials?: readonly string[];
  /** R23: the categories a partial cancellation strikes off the card. */
  readonly cancelledCategories?: readonly SingleCategory[];
}

/** Every rule the application breaks (empty when eligible), so the clerk can tell the applicant all at once. */
export function checkApplicationEligibility(
  input: ApplicationEligibilityInput,
): DomainRuleViolation[] {
  const found: (DomainRuleViolation | undefined)[] = [
    checkResidencePermit(input.residencePermit, input),
    checkClaimedCategories(input.categories, 'categories'),
    checkGuardian(input),
    checkExistingCertificate(input),
  ];
  if (input.kind === 'NEW') {
    found.push(
      checkReapplicationAfterCancellation({
        cancelledOn: input.lastCancelledOn,
        applicationDate: input.applicationDate,
        ...(input.override === undefined ? {} : { override: input.override }),
      }),
    );
  }
  if (input.kind === 'RENEWAL_EXPIRY' && input.existingCertificate !== undefined) {
    found.push(
      checkExpiryRenewalTiming({
        validFrom: input.existingCertificate.validFrom,
        applicationDate: input.applicationDate,
      }),
    );
  }
  if (input.kind === 'MIGRATION') found.push(checkMigrationProof(input.submittedMaterials ?? []));
  if (input.kind === 'RENEWAL_DATA_UPDATE') found.push(checkDataUpdateKeepsCategory(input));
  if (input.kind === 'CANCELLATION_PARTIAL') found.push(checkPartialCancellation(input));
  return found.filter((v): v is DomainRuleViolation => v !== undefined);
}

/** Throws the first violation of checkApplicationEligibility (for callers that stop at one). */
export function assertApplicationEligible(input: ApplicationEligibilityInput): void {
  const [first] = checkApplicationEligibility(input);
  if (first !== undefined) throw first;
}

/** R5: a guardian's ID and proof for intellectual or mental disability and for minors. */
export function checkGuardian(input: {
  readonly applicantIsMinor: boolean;
  readonly categories: readonly DisabilityCategory[];
  readonly guardianProvided: boolean;
}): DomainRuleViolation | undefined {
  const needed = input.applicantIsMinor || categoriesRequireGuardian(input.categories);
  if (!needed || input.guardianProvided) return undefined;
  const why = input.applicantIsMinor
    ? 'the applicant is a minor'
    : 'intellectual or mental disability is applied for or on the card (also within a multiple)';
  return new DomainRuleViolation(
    'R5',
    'guardian',
    'GUARDIAN_REQUIRED',
    `a guardian's ID and proof are required: ${why}`,
  );
}

/** R18: a migration is filed with the police migration certificate or the new hukou booklet. */
export function checkMigrationProof(submitted: readonly string[]): DomainRuleViolation | undefined {
  if (submitted.includes('HUKOU_MIGRATION_CERTIFICATE') || submitted.includes('NEW_HUKOU_BOOKLET'))
    return undefined;
  return new DomainRuleViolation(
    'R18',
    'materials',
    'MIGRATION_PROOF_MISSING',
    'the hukou migration certificate or the new hukou booklet is required',
  );
}

/**
 * Which certificate a kind needs: a new application needs none in force (R24: change it instead);
 * every other kind needs the current card, and a frozen card (R21) only allows migration or cancellation.
 */
export function checkExistingCertificate(input: {
  readonly kind: CaseKind;
  readonly existingCertificate?: ExistingCertificate;
}): DomainRuleViolation | undefined {
  const state = input.existingCertificate?.state;
  // A card reported lost (R22) is still the holder's certificate until its replacement is printed.
  const inForce = state === 'ACTIVE' || state === 'FROZEN' || state === 'REPORTED_LOST';
  if (input.kind === 'NEW') {
    return inForce
      ? new DomainRuleViolation(
          'R24',
          'kind',
          'ALREADY_HOLDS_CERTIFICATE',
          'the applicant holds a certificate; apply for a category/level change instead',
        )
      : undefined;
  }
  if (!inForce) {
    return new DomainRuleViolation(
      'R13',
      'existingCertificate',
      'CERTIFICATE_REQUIRED',
      `${input.kind} needs a certificate in force`,
    );
  }
  if (state === 'FROZEN' && input.kind !== 'MIGRATION' && input.kind !== 'CANCELLATION_FULL') {
    return new DomainRuleViolation(
      'R21',
      'existingCertificate',
      'CERTIFICATE_FROZEN',
      'the certificate is frozen; migrate it first',
    );
  }
  if (
    state === 'REPORTED_LOST' &&
    !(['LOSS_REPLACEMENT', 'MIGRATION', 'CANCELLATION_FULL'] as CaseKind[]).includes(input.kind)
  ) {
    return new DomainRuleViolation(
      'R22',
      'existingCertificate',
      'CERTIFICATE_REPORTED_LOST',
      'the certificate is reported lost; apply for a loss replacement first',
    );
  }
  return undefined;
}

/**
 * R17: a data update changes printed data (name, address, photo …), never the category or level:
 * the categories given must be the card's (MULTIPLE with its parts when the card is category 7).
 */
export function checkDataUpdateKeepsCategory(input: {
  readonly categories: readonly DisabilityCategory[];
  readonly existingCertificate?: ExistingCertificate;
}): DomainRuleViolation | undefined {
  const category = input.existingCertificate?.category;
  if (category === undefined) return undefined;
  const claimed = input.categories.includes('MULTIPLE') ? 'MULTIPLE' : input.categories.join('+');
  if (claimed === category) return undefined;
  return new DomainRuleViolation(
    'R17',
    'claimedCategories',
    'DATA_UPDATE_KEEPS_CLASSIFICATION',
    `a data update keeps the card's category ${category}; ${input.categories.join(', ')} would change it — file a category/level change (R24)`,
  );
}

/**
 * R23: a partial cancellation strikes off categories the card has and keeps at least one. Judged
 * on the card's impairments as the hukou county holds them; a card of category 7 whose parts the
 * register does not record (imported from an older system) cannot be split here.
 */
export function checkPartialCancellation(input: {
  readonly cancelledCategories?: readonly SingleCategory[];
  readonly existingCertificate?: ExistingCertificate;
}): DomainRuleViolation | undefined {
  const card = input.existingCertificate;
  if (card?.category === undefined || card.level === undefined) return undefined;
  const impairments =
    card.impairments ??
    (card.category === 'MULTIPLE' ? [] : [{ category: card.category, level: card.level }]);
  if (impairments.length === 0) {
    return new DomainRuleViolation(
      'R23',
      'cancelledCategories',
      'PARTS_NOT_RECORDED',
      "the hukou county's register does not record which categories make up this multiple disability; the categories that remain need a category/level change (R24)",
    );
  }
  try {
    withoutCategories(
      { category: card.category, level: card.level, impairments },
      input.cancelledCategories ?? [],
    );
    return undefined;
  } catch (error) {
    if (error instanceof DomainRuleViolation) return error;
    throw error;
  }
}
