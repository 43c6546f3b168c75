import { captureError } from '../__tests__/capture-error';
import type { CaseKind } from '../case/case-kind';
import type { DisabilityCategory } from '../disability/category';
import { DomainRuleViolation } from '../errors/domain-errors';
import { STANDARD_MATERIALS } from './material-catalogue';
import {
  checkMaterials,
  notificationList,
  validateCountyExtras,
  type CountyMaterialItem,
} from './notification-list';

const ids = (
  kind: CaseKind,
  categories: DisabilityCategory[] = ['PHYSICAL'],
  applicantIsMinor = false,
  countyExtras?: CountyMaterialItem[],
) =>
  notificationList({
    kind,
    categories,
    applicantIsMinor,
    ...(countyExtras === undefined ? {} : { countyExtras }),
  }).map((r) => r.id);

const BASE = ['APPLICATION_FORM', 'PHOTOS', 'ID_DOCUMENT', 'HUKOU_BOOKLET', 'RESIDENCE_PERMIT'];

describe('one-time notification list', () => {
  it.each<[string, CaseKind, string[]]>([
    ['R5', 'NEW', BASE],
    ['R28', 'RENEWAL_EXPIRY', [...BASE, 'OLD_CERTIFICATE']],
    ['R28', 'RENEWAL_DAMAGED', [...BASE, 'OLD_CERTIFICATE']],
    ['R28', 'RENEWAL_DATA_UPDATE', [...BASE, 'OLD_CERTIFICATE']],
    ['R18', 'MIGRATION', [...BASE, 'OLD_CERTIFICATE', 'MIGRATION_PROOF']],
    ['R22', 'LOSS_REPLACEMENT', BASE],
    [
      'R23',
      'CANCELLATION_FULL',
      [
        'APPLICATION_FORM',
        'ID_DOCUMENT',
        'HUKOU_BOOKLET',
        'RESIDENCE_PERMIT',
        'OLD_CERTIFICATE',
        'CANCELLATION_PROOF',
      ],
    ],
    ['R23', 'CANCELLATION_PARTIAL', [...BASE, 'OLD_CERTIFICATE', 'CANCELLATION_PROOF']],
    ['R24', 'CATEGORY_LEVEL_CHANGE', [...BASE, 'OLD_CERTIFICATE']],
  ])(
    '%s: an adult with a physical disability applying for %s is told %j',
    (_rule, kind, expected) => {
      expect(ids(kind)).toEqual(expected);
    },
  );

  it.each<[DisabilityCategory[], boolean, boolean]>([
    [['INTELLECTUAL'], false, true],
    [['MENTAL'], false, true],
    [['VISION', 'MENTAL'], false, true],
    [['MULTIPLE', 'INTELLECTUAL', 'PHYSICAL'], false, true],
    [['MULTIPLE', 'MENTAL', 'SPEECH'], false, true],
    [['MULTIPLE', 'VISION', 'HEARING'], false, false],
    [['MULTIPLE'], false, true],
    [['HEARING'], true, true],
    [['HEARING'], false, false],
  ])('R5: categories %j, minor %s → guardian papers required: %s', (categories, minor, needed) => {
    expect(ids('NEW', categories, minor).includes('GUARDIAN_ID_AND_PROOF')).toBe(needed);
  });

  it('R5: every item carries its Chinese name and English label', () => {
    for (const requirement of notificationList({
      kind: 'MIGRATION',
      categories: ['MENTAL'],
      applicantIsMinor: true,
    })) {
      expect(requirement.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(requirement.labelEn).toMatch(/^[A-Z]/);
    }
    expect(STANDARD_MATERIALS.PHOTOS.nameZh).toBe('3张两寸近期免冠白底彩色照片');
  });

  it('R2/R35: county extras are appended, for all kinds or only the kinds they name', () => {
    const extras: CountyMaterialItem[] = [
      { id: 'SOCIAL_SECURITY_RECORD', nameZh: '社保缴纳证明', labelEn: 'Social security record' },
      {
        id: 'MEDICAL_RECORDS',
        nameZh: '近期病历',
        labelEn: 'Recent medical records',
        kinds: ['NEW', 'CATEGORY_LEVEL_CHANGE'],
      },
    ];
    expect(ids('NEW', ['PHYSICAL'], false, extras).slice(-2)).toEqual([
      'SOCIAL_SECURITY_RECORD',
      'MEDICAL_RECORDS',
    ]);
    expect(ids('LOSS_REPLACEMENT', ['PHYSICAL'], false, extras).at(-1)).toBe(
      'SOCIAL_SECURITY_RECORD',
    );
    const list = notificationList({
      kind: 'NEW',
      categories: ['PHYSICAL'],
      applicantIsMinor: false,
      countyExtras: extras,
    });
    expect(list.at(-1)).toMatchObject({ rule: 'R2', satisfiedBy: ['MEDICAL_RECORDS'] });
  });

  it.each<[CountyMaterialItem[], string, string]>([
    [[{ id: 'bad id', nameZh: '甲', labelEn: 'A' }], 'INVALID_ID', 'countyExtras[0].id'],
    [[{ id: 'PHOTOS', nameZh: '照片', labelEn: 'Photos' }], 'DUPLICATE_ID', 'countyExtras[0].id'],
    [
      [{ id: 'MIGRATION_PROOF', nameZh: '证明', labelEn: 'Proof' }],
      'DUPLICATE_ID',
      'countyExtras[0].id',
    ],
    [
      [
        { id: 'EXTRA', nameZh: '甲', labelEn: 'A' },
        { id: 'EXTRA', nameZh: '乙', labelEn: 'B' },
      ],
      'DUPLICATE_ID',
      'countyExtras[1].id',
    ],
    [[{ id: 'EXTRA', nameZh: ' ', labelEn: 'A' }], 'NAME_REQUIRED', 'countyExtras[0]'],
  ])('R2: a bad county extra is refused (%#: %s)', (extras, code, field) => {
    const error = captureError(() => validateCountyExtras(extras));
    expect(error).toBeInstanceOf(DomainRuleViolation);
    expect(error).toMatchObject({ code, field });
  });

  it('R5: checking a submitted set reports exactly what is missing, and what nobody asked for', () => {
    const required = notificationList({
      kind: 'NEW',
      categories: ['INTELLECTUAL'],
      applicantIsMinor: false,
    });
    const result = checkMaterials(required, [
      'APPLICATION_FORM',
      'ID_DOCUMENT',
      'HUKOU_BOOKLET',
      'RESIDENCE_PERMIT',
      'DRIVING_LICENCE',
    ]);
    expect(result.complete).toBe(false);
    expect(result.missing.map((m) => m.id)).toEqual(['PHOTOS', 'GUARDIAN_ID_AND_PROOF']);
    expect(result.unexpected).toEqual(['DRIVING_LICENCE']);
  });

  it.each([
    [['HUKOU_MIGRATION_CERTIFICATE', 'HUKOU_BOOKLET'], true],
    [['NEW_HUKOU_BOOKLET'], true],
    [['HUKOU_BOOKLET'], false],
  ])(
    'R18: migration proof %j is complete: %s (the new booklet also serves as the hukou booklet)',
    (proof, complete) => {
      const required = notificationList({
        kind: 'MIGRATION',
        categories: ['VISION'],
        applicantIsMinor: false,
      });
      const submitted = [
        'APPLICATION_FORM',
        'PHOTOS',
        'ID_DOCUMENT',
        'RESIDENCE_PERMIT',
        'OLD_CERTIFICATE',
        ...proof,
      ];
      expect(checkMaterials(required, submitted).complete).toBe(complete);
    },
  );
});
