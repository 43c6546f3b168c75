import { captureError } from '../__tests__/capture-error';
import { DomainRuleViolation } from '../errors/domain-errors';
import {
  CATEGORY_INFO,
  categoryFromDigit,
  DISABILITY_CATEGORIES,
  isDisabilityCategory,
  LEVEL_NAMES_ZH,
  levelFromDigit,
} from './category';
import {
  assertClassificationConsistent,
  categoriesRequireGuardian,
  checkClaimedCategories,
  classificationRequiresGuardian,
  classify,
  withoutCategories,
  type Impairment,
} from './classification';

describe('categories and levels (GB/T 26341-2010)', () => {
  it.each([
    ['VISION', 1, '视力残疾'],
    ['HEARING', 2, '听力残疾'],
    ['SPEECH', 3, '言语残疾'],
    ['PHYSICAL', 4, '肢体残疾'],
    ['INTELLECTUAL', 5, '智力残疾'],
    ['MENTAL', 6, '精神残疾'],
    ['MULTIPLE', 7, '多重残疾'],
  ] as const)('GB/T 26341-2010: %s has digit %i (%s)', (category, digit, nameZh) => {
    expect(CATEGORY_INFO[category]).toMatchObject({ digit, nameZh });
    expect(categoryFromDigit(String(digit))).toBe(category);
    expect(DISABILITY_CATEGORIES[digit - 1]).toBe(category);
  });

  it.each(['0', '8', '9', 'a', '11', ''])(
    'GB/T 26341-2010: category digit "%s" is refused',
    (digit) => {
      expect(captureError(() => categoryFromDigit(digit))).toMatchObject({
        code: 'INVALID_CATEGORY_DIGIT',
      });
    },
  );

  it.each([
    ['1', 1],
    ['4', 4],
  ])('GB/T 26341-2010: level digit %s is level %i', (digit, level) => {
    expect(levelFromDigit(digit)).toBe(level);
    expect(LEVEL_NAMES_ZH[levelFromDigit(digit)]).toMatch(/级$/);
  });

  it.each(['0', '5', 'x'])('GB/T 26341-2010: level digit "%s" is refused', (digit) => {
    expect(captureError(() => levelFromDigit(digit))).toMatchObject({
      code: 'INVALID_LEVEL_DIGIT',
    });
  });

  it('GB/T 26341-2010: category names are recognised', () => {
    expect(isDisabilityCategory('MENTAL')).toBe(true);
    expect(isDisabilityCategory('mental')).toBe(false);
    expect(isDisabilityCategory(6)).toBe(false);
  });

  it.each<[string, Impairment[], string, number]>([
    ['one category keeps its own', [{ category: 'HEARING', level: 3 }], 'HEARING', 3],
    [
      'two categories become multiple at the most severe',
      [
        { category: 'HEARING', level: 3 },
        { category: 'VISION', level: 2 },
      ],
      'MULTIPLE',
      2,
    ],
    [
      'three categories, most severe wins',
      [
        { category: 'PHYSICAL', level: 4 },
        { category: 'MENTAL', level: 1 },
        { category: 'SPEECH', level: 3 },
      ],
      'MULTIPLE',
      1,
    ],
    [
      'equal levels stay at that level',
      [
        { category: 'PHYSICAL', level: 4 },
        { category: 'SPEECH', level: 4 },
      ],
      'MULTIPLE',
      4,
    ],
  ])('GB/T 26341-2010: %s', (_label, impairments, category, level) => {
    const result = classify(impairments);
    expect(result).toMatchObject({ category, level });
    expect(result.impairments.map((i) => CATEGORY_INFO[i.category].digit)).toEqual(
      [...impairments].map((i) => CATEGORY_INFO[i.category].digit).sort(),
    );
  });

  it.each<[string, unknown[], string]>([
    ['nothing assessed', [], 'NO_IMPAIRMENT'],
    ['multiple given as a finding', [{ category: 'MULTIPLE', level: 1 }], 'MULTIPLE_IS_DERIVED'],
    [
      'a category twice',
      [
        { category: 'VISION', level: 1 },
        { category: 'VISION', level: 2 },
      ],
      'DUPLICATE_CATEGORY',
    ],
    ['an unknown category', [{ category: 'SMELL', level: 2 }], 'UNKNOWN_CATEGORY'],
    ['level 0', [{ category: 'VISION', level: 0 }], 'INVALID_LEVEL'],
    ['level 5', [{ category: 'VISION', level: 5 }], 'INVALID_LEVEL'],
  ])('GB/T 26341-2010: an impossible combination is refused: %s', (_label, impairments, code) => {
    const error = captureError(() => classify(impairments as Impairment[]));
    expect(error).toBeInstanceOf(DomainRuleViolation);
    expect(error).toMatchObject({ code, rule: 'GB/T 26341-2010', field: 'impairments' });
  });

  it('GB/T 26341-2010: a stored classification must follow from its impairments', () => {
    const impairments: Impairment[] = [{ category: 'VISION', level: 2 }];
    expect(
      assertClassificationConsistent({ category: 'VISION', level: 2, impairments }).category,
    ).toBe('VISION');
    expect(
      captureError(() =>
        assertClassificationConsistent({ category: 'MULTIPLE', level: 2, impairments }),
      ),
    ).toMatchObject({
      code: 'INCONSISTENT_CLASSIFICATION',
    });
    expect(
      captureError(() =>
        assertClassificationConsistent({ category: 'VISION', level: 1, impairments }),
      ),
    ).toMatchObject({
      code: 'INCONSISTENT_CLASSIFICATION',
    });
  });

  const multiple = classify([
    { category: 'VISION', level: 1 },
    { category: 'HEARING', level: 3 },
    { category: 'SPEECH', level: 2 },
  ]);

  it.each<[string, Impairment['category'][], string, number]>([
    ['striking the most severe lowers the level', ['VISION'], 'MULTIPLE', 2],
    ['striking a milder one keeps 7/1', ['HEARING'], 'MULTIPLE', 1],
    ['leaving one category gives that category', ['VISION', 'SPEECH'], 'HEARING', 3],
  ])('R23: partial cancellation — %s', (_label, removed, category, level) => {
    expect(withoutCategories(multiple, removed)).toMatchObject({ category, level });
  });

  it.each<[Impairment['category'][], string]>([
    [[], 'NOTHING_TO_CANCEL'],
    [['MENTAL'], 'CATEGORY_NOT_ON_CERTIFICATE'],
    [['VISION', 'HEARING', 'SPEECH'], 'USE_FULL_CANCELLATION'],
  ])('R23: partial cancellation of %j is refused with %s', (removed, code) => {
    expect(captureError(() => withoutCategories(multiple, removed))).toMatchObject({
      code,
      rule: 'R23',
    });
  });

  it.each([
    [['INTELLECTUAL'], true],
    [['MENTAL', 'PHYSICAL'], true],
    [['VISION', 'HEARING'], false],
    [['MULTIPLE', 'INTELLECTUAL', 'PHYSICAL'], true],
    [['MULTIPLE', 'MENTAL', 'HEARING'], true],
    [['MULTIPLE', 'VISION', 'HEARING'], false],
    [['MULTIPLE'], true],
    [['MULTIPLE', 'VISION'], true],
  ] as const)('R5: categories %j need a guardian: %s', (categories, needed) => {
    expect(categoriesRequireGuardian(categories)).toBe(needed);
  });

  it.each<[Impairment[], boolean]>([
    [
      [
        { category: 'INTELLECTUAL', level: 2 },
        { category: 'PHYSICAL', level: 3 },
      ],
      true,
    ],
    [
      [
        { category: 'HEARING', level: 2 },
        { category: 'MENTAL', level: 4 },
      ],
      true,
    ],
    [
      [
        { category: 'HEARING', level: 2 },
        { category: 'VISION', level: 4 },
      ],
      false,
    ],
  ])('R5: a multiple classification of %j needs a guardian: %s', (impairments, needed) => {
    expect(classificationRequiresGuardian(classify(impairments))).toBe(needed);
  });

  it.each([
    [['MULTIPLE'], 'MULTIPLE_WITHOUT_COMPONENTS'],
    [['MULTIPLE', 'PHYSICAL'], 'MULTIPLE_WITHOUT_COMPONENTS'],
    [['HEARING', 'HEARING'], 'DUPLICATE_CATEGORY'],
    [['MULTIPLE', 'INTELLECTUAL', 'PHYSICAL'], undefined],
    [['HEARING', 'MENTAL'], undefined],
    [['VISION'], undefined],
  ] as const)('R5: a claim of %j → %s', (categories, code) => {
    const violation = checkClaimedCategories(categories);
    if (code === undefined) expect(violation).toBeUndefined();
    else expect(violation).toMatchObject({ rule: 'R5', field: 'claimedCategories', code });
  });
});
