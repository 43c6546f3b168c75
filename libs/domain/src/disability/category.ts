import { DomainRuleViolation } from '../errors/domain-errors';

/** Disability categories of GB/T 26341-2010, in the order of their certificate digits 1–7. */
export const DISABILITY_CATEGORIES = [
  'VISION',
  'HEARING',
  'SPEECH',
  'PHYSICAL',
  'INTELLECTUAL',
  'MENTAL',
  'MULTIPLE',
] as const;
export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number];

/** A category an assessment can find; MULTIPLE is only ever derived from two or more of these. */
export type SingleCategory = Exclude<DisabilityCategory, 'MULTIPLE'>;

/** Certificate digit, Chinese name and English label of each category. */
export const CATEGORY_INFO: Readonly<
  Record<DisabilityCategory, { digit: number; nameZh: string; labelEn: string }>
> = {
  VISION: { digit: 1, nameZh: '视力残疾', labelEn: 'Visual disability' },
  HEARING: { digit: 2, nameZh: '听力残疾', labelEn: 'Hearing disability' },
  SPEECH: { digit: 3, nameZh: '言语残疾', labelEn: 'Speech disability' },
  PHYSICAL: { digit: 4, nameZh: '肢体残疾', labelEn: 'Physical disability' },
  INTELLECTUAL: { digit: 5, nameZh: '智力残疾', labelEn: 'Intellectual disability' },
  MENTAL: { digit: 6, nameZh: '精神残疾', labelEn: 'Mental disability' },
  MULTIPLE: { digit: 7, nameZh: '多重残疾', labelEn: 'Multiple disabilities' },
};

/** Levels 1 (一级, most severe) to 4 (四级, mildest), the same scale for every category. */
export const DISABILITY_LEVELS = [1, 2, 3, 4] as const;
export type DisabilityLevel = (typeof DISABILITY_LEVELS)[number];

/** Chinese names of the levels. */
export const LEVEL_NAMES_ZH: Readonly<Record<DisabilityLevel, string>> = {
  1: '一级',
  2: '二级',
  3: '三级',
  4: '四级',
};

/** True for a value that is one of the seven category names. */
export function isDisabilityCategory(value: unknown): value is DisabilityCategory {
  return typeof value === 'string' && (DISABILITY_CATEGORIES as readonly string[]).includes(value);
}

/** True for the integers 1–4. */
export function isDisabilityLevel(value: unknown): value is DisabilityLevel {
  return typeof value === 'number' && (DISABILITY_LEVELS as readonly number[]).includes(value);
}

/** The category whose certificate digit this is; throws for anything but '1'–'7'. */
export function categoryFromDigit(digit: string, field = 'category'): DisabilityCategory {
  const category = DISABILITY_CATEGORIES[Number(digit) - 1];
  if (!/^[1-7]$/.test(digit) || category === undefined) {
    throw new DomainRuleViolation(
      'GB/T 26341-2010',
      field,
      'INVALID_CATEGORY_DIGIT',
      `category digit must be 1–7, got "${digit}"`,
    );
  }
  return category;
}

/** The level this digit stands for; throws for anything but '1'–'4'. */
export function levelFromDigit(digit: string, field = 'level'): DisabilityLevel {
  const level = Number(digit);
  if (!/^[1-4]$/.test(digit) || !isDisabilityLevel(level)) {
    throw new DomainRuleViolation(
      'GB/T 26341-2010',
      field,
      'INVALID_LEVEL_DIGIT',
      `level digit must be 1–4, got "${digit}"`,
    );
  }
  return level;
}
