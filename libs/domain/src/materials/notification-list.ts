import type { CaseKind } from '../case/case-kind';
import { categoriesRequireGuardian } from '../disability/classification';
import type { DisabilityCategory } from '../disability/category';
import { DomainRuleViolation } from '../errors/domain-errors';
import type { RuleReference } from '../errors/rule-id';
import { STANDARD_MATERIALS, STANDARD_MATERIAL_IDS, type MaterialItem } from './material-catalogue';

/** One line of the notification list: satisfied by handing in any one of `satisfiedBy`. */
export interface MaterialRequirement {
  readonly id: string;
  readonly nameZh: string;
  readonly labelEn: string;
  readonly rule: RuleReference;
  readonly satisfiedBy: readonly string[];
}

/** A county's extra material (R2, R5 item 5, R35), optionally limited to some case kinds. */
export interface CountyMaterialItem {
  readonly id: string;
  readonly nameZh: string;
  readonly labelEn: string;
  /** Kinds it applies to; all kinds when absent. */
  readonly kinds?: readonly CaseKind[];
}

/** What decides the list: the case kind, the categories applied for or on the card, the applicant's age. */
export interface NotificationListInput {
  readonly kind: CaseKind;
  readonly categories: readonly DisabilityCategory[];
  readonly applicantIsMinor: boolean;
  readonly countyExtras?: readonly CountyMaterialItem[];
}

const one = (item: MaterialItem): MaterialRequirement => ({ ...item, satisfiedBy: [item.id] });

/**
 * R5/R35 one-time notification (一次性告知): every material the applicant must bring, told at once.
 * Photos only when a card is printed; the guardian's papers for intellectual or mental disability
 * and for minors; the old card where R collects it (R28); R18's migration proof; county extras last.
 */
export function notificationList(input: NotificationListInput): MaterialRequirement[] {
  const { kind } = input;
  const list: MaterialRequirement[] = [one(STANDARD_MATERIALS.APPLICATION_FORM)];
  if (kind !== 'CANCELLATION_FULL') list.push(one(STANDARD_MATERIALS.PHOTOS));
  list.push(one(STANDARD_MATERIALS.ID_DOCUMENT));
  // R18: after a move the new booklet is the hukou booklet.
  const booklet = one(STANDARD_MATERIALS.HUKOU_BOOKLET);
  list.push(
    kind === 'MIGRATION'
      ? { ...booklet, satisfiedBy: ['HUKOU_BOOKLET', 'NEW_HUKOU_BOOKLET'] }
      : booklet,
  );
  if (input.applicantIsMinor || categoriesRequireGuardian(input.categories))
    list.push(one(STANDARD_MATERIALS.GUARDIAN_ID_AND_PROOF));
  list.push(one(STANDARD_MATERIALS.RESIDENCE_PERMIT));
  if (kind !== 'NEW' && kind !== 'LOSS_REPLACEMENT')
    list.push(one(STANDARD_MATERIALS.OLD_CERTIFICATE));
  if (kind === 'MIGRATION') {
    // R18: the police migration certificate or the new hukou booklet, either one.
    list.push({
      id: 'MIGRATION_PROOF',
      nameZh: '户口迁移证明或新的户口簿',
      labelEn: 'Hukou migration certificate or the new household registration booklet',
      rule: 'R18',
      satisfiedBy: ['HUKOU_MIGRATION_CERTIFICATE', 'NEW_HUKOU_BOOKLET'],
    });
  }
  if (kind === 'CANCELLATION_FULL' || kind === 'CANCELLATION_PARTIAL')
    list.push(one(STANDARD_MATERIALS.CANCELLATION_PROOF));
  for (const extra of validateCountyExtras(input.countyExtras ?? [])) {
    if (extra.kinds === undefined || extra.kinds.includes(kind)) {
      list.push({
        id: extra.id,
        nameZh: extra.nameZh,
        labelEn: extra.labelEn,
        rule: 'R2',
        satisfiedBy: [extra.id],
      });
    }
  }
  return list;
}

/** Result of checking a submitted set against the list. */
export interface MaterialsCheck {
  readonly complete: boolean;
  readonly missing: readonly MaterialRequirement[];
  /** Submitted ids that no requirement asks for (kept, but worth a look). */
  readonly unexpected: readonly string[];
}

/** Reports exactly which required materials are missing from a submitted set of material ids. */
export function checkMaterials(
  required: readonly MaterialRequirement[],
  submitted: Iterable<string>,
): MaterialsCheck {
  const have = new Set(submitted);
  const missing = required.filter((r) => !r.satisfiedBy.some((id) => have.has(id)));
  const known = new Set(required.flatMap((r) => r.satisfiedBy));
  const unexpected = [...have].filter((id) => !known.has(id)).sort();
  return { complete: missing.length === 0, missing, unexpected };
}

/** Checks county extras from configuration: ids in SCREAMING_SNAKE_CASE, unique, not shadowing standard ids, both names given. */
export function validateCountyExtras(
  extras: readonly CountyMaterialItem[],
): readonly CountyMaterialItem[] {
  const seen = new Set<string>(STANDARD_MATERIAL_IDS);
  seen.add('MIGRATION_PROOF');
  for (const [index, extra] of extras.entries()) {
    const field = `countyExtras[${index}]`;
    if (!/^[A-Z][A-Z0-9_]*$/.test(extra.id)) {
      throw new DomainRuleViolation(
        'R2',
        `${field}.id`,
        'INVALID_ID',
        `material id must be SCREAMING_SNAKE_CASE, got "${extra.id}"`,
      );
    }
    if (seen.has(extra.id))
      throw new DomainRuleViolation(
        'R2',
        `${field}.id`,
        'DUPLICATE_ID',
        `material id ${extra.id} is already used`,
      );
    seen.add(extra.id);
    if (extra.nameZh.trim() === '' || extra.labelEn.trim() === '') {
      throw new DomainRuleViolation(
        'R35',
        field,
        'NAME_REQUIRED',
        'a county material needs a Chinese name and an English label',
      );
    }
  }
  return extras;
}
