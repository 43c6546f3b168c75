import { captureError } from '../__tests__/capture-error';
import { parseLocalDate } from '../calendar/local-date';
import type { CaseKind } from '../case/case-kind';
import type { CertificateState } from '../certificate/lifecycle';
import { DomainRuleViolation } from '../errors/domain-errors';
import {
  assertApplicationEligible,
  checkApplicationEligibility,
  checkExistingCertificate,
  checkGuardian,
  checkMigrationProof,
  type ApplicationEligibilityInput,
  checkDataUpdateKeepsCategory,
  checkPartialCancellation,
} from './application-eligibility';
import { checkResidencePermit } from './residence-permit';
import {
  checkExpiryRenewalTiming,
  checkReapplicationAfterCancellation,
  isOldCardDestructionDue,
  oldCardDestructionDueOn,
} from './timing-rules';

const d = parseLocalDate;
const applicationDate = d('2026-11-29');
const permit = { placeCode: '110108', validFrom: d('2026-01-01'), validUntil: d('2027-12-31') };

describe('eligibility', () => {
  it.each([
    ['MISSING', undefined, '110105'],
    ['NOT_VALID_ON_APPLICATION_DATE', { ...permit, validUntil: d('2026-11-28') }, '110105'],
    ['NOT_VALID_ON_APPLICATION_DATE', { ...permit, validFrom: d('2026-11-30') }, '110105'],
    ['NOT_OF_RESIDENCE_PLACE', { ...permit, placeCode: '220102' }, '110105'],
  ])('R1: residence permit problem %s is reported', (code, given, residenceCountyCode) => {
    const violation = checkResidencePermit(given, { applicationDate, residenceCountyCode });
    expect(violation).toBeInstanceOf(DomainRuleViolation);
    expect(violation).toMatchObject({ rule: 'R1', code });
  });

  it('R1: a permit of the same city, valid on the application date (inclusive), passes', () => {
    expect(
      checkResidencePermit(permit, { applicationDate, residenceCountyCode: '110105' }),
    ).toBeUndefined();
    expect(
      checkResidencePermit(
        { ...permit, validUntil: applicationDate },
        { applicationDate, residenceCountyCode: '110105' },
      ),
    ).toBeUndefined();
  });

  it.each([
    ['429004', '429004', 'the same county-level city directly under Hubei (仙桃)'],
    ['419001', '419001', '济源, directly under Henan'],
    ['469002', '469002', '琼海, directly under Hainan'],
    ['110105', '110228', 'Beijing districts and the legacy 1102xx counties are one municipality'],
    ['500229', '500101', 'Chongqing counties (5002xx) and districts (5001xx) are one municipality'],
    ['120101', '120225', 'Tianjin, legacy county code'],
    ['420102', '420115', 'two districts of Wuhan'],
    ['460105', '460108', 'two districts of Haikou'],
  ])('R1: a permit of %s is of the place of residence county %s (%s)', (placeCode, county) => {
    expect(
      checkResidencePermit(
        { ...permit, placeCode },
        { applicationDate, residenceCountyCode: county },
      ),
    ).toBeUndefined();
  });

  it.each([
    ['429004', '429005', '仙桃 and 潜江 are separate cities directly under Hubei'],
    ['429004', '420102', '仙桃 is not Wuhan'],
    ['419001', '410102', '济源 is not Zhengzhou'],
    ['469001', '469002', '五指山 and 琼海 are separate cities directly under Hainan'],
    ['469001', '460105', '五指山 is not Haikou'],
    ['659001', '659002', '石河子 and 阿拉尔 (directly under Xinjiang)'],
    ['110105', '120101', 'Beijing is not Tianjin'],
    ['500101', '510104', 'Chongqing is not Chengdu'],
  ])('R1: a permit of %s is not of the place of residence county %s (%s)', (placeCode, county) => {
    expect(
      checkResidencePermit(
        { ...permit, placeCode },
        { applicationDate, residenceCountyCode: county },
      ),
    ).toMatchObject({
      rule: 'R1',
      code: 'NOT_OF_RESIDENCE_PLACE',
      field: 'residencePermit.placeCode',
    });
  });

  it('GB/T 2260: a permit place that is no county is reported, not thrown', () => {
    expect(
      checkResidencePermit(
        { ...permit, placeCode: '429099' },
        { applicationDate, residenceCountyCode: '429004' },
      ),
    ).toMatchObject({ code: 'UNKNOWN_COUNTY', field: 'residencePermit.placeCode' });
  });

  it.each([
    ['2025-11-30', undefined, 'CANCELLED_WITHIN_A_YEAR'],
    ['2025-11-29', undefined, undefined],
    ['2024-01-01', undefined, undefined],
    ['2026-06-01', { supervisorId: 'sup-7', reason: '误注销，经核实恢复' }, undefined],
    ['2026-06-01', { supervisorId: ' ', reason: '误注销' }, 'REQUIRED'],
    ['2026-06-01', { supervisorId: 'sup-7', reason: '' }, 'REQUIRED'],
  ])('R7: cancelled on %s, override %j → %s', (cancelledOn, override, code) => {
    const violation = checkReapplicationAfterCancellation({
      cancelledOn: d(cancelledOn),
      applicationDate,
      ...(override === undefined ? {} : { override }),
    });
    if (code === undefined) expect(violation).toBeUndefined();
    else expect(violation).toMatchObject({ rule: 'R7', code });
  });

  it('R7: without an earlier cancellation there is nothing to check', () => {
    expect(
      checkReapplicationAfterCancellation({ cancelledOn: undefined, applicationDate }),
    ).toBeUndefined();
  });

  it.each([
    ['2017-11-29', undefined],
    ['2017-11-30', 'RENEWAL_TOO_EARLY'],
    ['2010-01-01', undefined],
  ])('R13: validity from %s, expiry renewal on 2026-11-29 → %s', (validFrom, code) => {
    const violation = checkExpiryRenewalTiming({ validFrom: d(validFrom), applicationDate });
    if (code === undefined) expect(violation).toBeUndefined();
    else expect(violation).toMatchObject({ rule: 'R13', code, field: 'applicationDate' });
  });

  it.each([
    [true, ['PHYSICAL'], false, 'the applicant is a minor'],
    [false, ['INTELLECTUAL'], false, 'intellectual or mental'],
    [false, ['MENTAL'], true, undefined],
    [false, ['HEARING'], false, undefined],
    [false, ['MULTIPLE', 'INTELLECTUAL', 'PHYSICAL'], false, 'intellectual or mental'],
    [false, ['MULTIPLE', 'MENTAL', 'VISION'], false, 'intellectual or mental'],
    [false, ['MULTIPLE', 'INTELLECTUAL', 'PHYSICAL'], true, undefined],
    [false, ['MULTIPLE', 'VISION', 'HEARING'], false, undefined],
  ] as const)(
    'R5: minor %s, categories %j, guardian given %s → %s',
    (applicantIsMinor, categories, guardianProvided, why) => {
      const violation = checkGuardian({ applicantIsMinor, categories, guardianProvided });
      if (why === undefined) expect(violation).toBeUndefined();
      else expect((violation as DomainRuleViolation).message).toContain(why);
    },
  );

  it('R18: a migration needs the police certificate or the new hukou booklet', () => {
    expect(checkMigrationProof([])).toMatchObject({ rule: 'R18', code: 'MIGRATION_PROOF_MISSING' });
    expect(checkMigrationProof(['NEW_HUKOU_BOOKLET'])).toBeUndefined();
    expect(checkMigrationProof(['HUKOU_MIGRATION_CERTIFICATE'])).toBeUndefined();
  });

  it.each<[string, CaseKind, CertificateState | undefined, string | undefined]>([
    ['R24', 'NEW', 'ACTIVE', 'ALREADY_HOLDS_CERTIFICATE'],
    ['R24', 'NEW', 'CANCELLED', undefined],
    ['R24', 'NEW', undefined, undefined],
    ['R13', 'RENEWAL_DAMAGED', undefined, 'CERTIFICATE_REQUIRED'],
    ['R13', 'LOSS_REPLACEMENT', 'CANCELLED', 'CERTIFICATE_REQUIRED'],
    ['R21', 'RENEWAL_EXPIRY', 'FROZEN', 'CERTIFICATE_FROZEN'],
    ['R21', 'MIGRATION', 'FROZEN', undefined],
    ['R21', 'CANCELLATION_FULL', 'FROZEN', undefined],
    ['R24', 'NEW', 'REPORTED_LOST', 'ALREADY_HOLDS_CERTIFICATE'],
    ['R22', 'LOSS_REPLACEMENT', 'REPORTED_LOST', undefined],
    ['R22', 'CANCELLATION_FULL', 'REPORTED_LOST', undefined],
    ['R22', 'RENEWAL_EXPIRY', 'REPORTED_LOST', 'CERTIFICATE_REPORTED_LOST'],
    ['R13', 'RENEWAL_EXPIRY', 'MIGRATED_OUT', 'CERTIFICATE_REQUIRED'],
    ['R21', 'CATEGORY_LEVEL_CHANGE', 'ACTIVE', undefined],
  ])('%s: a %s case with a certificate %s → %s', (rule, kind, state, code) => {
    const violation = checkExistingCertificate({
      kind,
      ...(state === undefined
        ? {}
        : { existingCertificate: { state, validFrom: d('2016-01-01') } }),
    });
    if (code === undefined) expect(violation).toBeUndefined();
    else expect(violation).toMatchObject({ rule, code });
  });

  const base: ApplicationEligibilityInput = {
    kind: 'NEW',
    applicationDate,
    residenceCountyCode: '110105',
    residencePermit: permit,
    applicantIsMinor: false,
    categories: ['PHYSICAL'],
    guardianProvided: false,
  };

  it('R1/R5/R7: an eligible new application has no findings', () => {
    expect(checkApplicationEligibility(base)).toEqual([]);
    expect(() => assertApplicationEligible(base)).not.toThrow();
  });

  it('R1/R5/R7: every broken rule is reported at once, in a stable order', () => {
    const input: ApplicationEligibilityInput = {
      ...base,
      residencePermit: undefined,
      applicantIsMinor: true,
      lastCancelledOn: d('2026-03-01'),
    } as ApplicationEligibilityInput;
    expect(checkApplicationEligibility(input).map((v) => `${v.rule}:${v.code}`)).toEqual([
      'R1:MISSING',
      'R5:GUARDIAN_REQUIRED',
      'R7:CANCELLED_WITHIN_A_YEAR',
    ]);
    expect(captureError(() => assertApplicationEligible(input))).toMatchObject({ rule: 'R1' });
    expect(
      checkApplicationEligibility({
        ...input,
        residencePermit: permit,
        guardianProvided: true,
        override: { supervisorId: 's', reason: 'r' },
      }),
    ).toEqual([]);
  });

  it('R13/R18: renewal timing and migration proof are checked for their kinds', () => {
    const renewal = checkApplicationEligibility({
      ...base,
      kind: 'RENEWAL_EXPIRY',
      existingCertificate: { state: 'ACTIVE', validFrom: d('2020-01-01') },
    });
    expect(renewal.map((v) => v.code)).toEqual(['RENEWAL_TOO_EARLY']);
    const migration = checkApplicationEligibility({
      ...base,
      kind: 'MIGRATION',
      existingCertificate: { state: 'FROZEN', validFrom: d('2020-01-01') },
    });
    expect(migration.map((v) => v.code)).toEqual(['MIGRATION_PROOF_MISSING']);
    expect(
      checkApplicationEligibility({
        ...base,
        kind: 'MIGRATION',
        submittedMaterials: ['NEW_HUKOU_BOOKLET'],
        existingCertificate: { state: 'ACTIVE', validFrom: d('2020-01-01') },
      }),
    ).toEqual([]);
  });

  it.each([
    ['2025-11-29', '2026-11-28', false],
    ['2025-11-29', '2026-11-29', true],
    ['2024-02-29', '2025-02-28', true],
  ])('R28: an old card collected on %s may be destroyed on %s: %s', (collectedOn, on, due) => {
    expect(isOldCardDestructionDue(d(collectedOn), d(on))).toBe(due);
  });

  it('R28: the destruction date is one year after collection', () => {
    expect(oldCardDestructionDueOn(d('2026-03-15'))).toBe('2027-03-15');
  });
});

describe('R17: a data update keeps the category', () => {
  const card = {
    state: 'ACTIVE' as const,
    validFrom: d('2020-01-01'),
    category: 'PHYSICAL' as const,
  };
  it('accepts the card’s own category and refuses another, naming the field', () => {
    expect(
      checkDataUpdateKeepsCategory({ categories: ['PHYSICAL'], existingCertificate: card }),
    ).toBeUndefined();
    expect(
      checkDataUpdateKeepsCategory({ categories: ['VISION'], existingCertificate: card }),
    ).toMatchObject({
      rule: 'R17',
      field: 'claimedCategories',
      code: 'DATA_UPDATE_KEEPS_CLASSIFICATION',
    });
    expect(
      checkDataUpdateKeepsCategory({
        categories: ['MULTIPLE', 'PHYSICAL', 'VISION'],
        existingCertificate: { ...card, category: 'MULTIPLE' },
      }),
    ).toBeUndefined();
  });
});

describe('R23: a partial cancellation keeps at least one of the card’s categories', () => {
  const multiple = {
    state: 'ACTIVE' as const,
    validFrom: d('2020-01-01'),
    category: 'MULTIPLE' as const,
    level: 2 as const,
    impairments: [
      { category: 'VISION' as const, level: 2 as const },
      { category: 'PHYSICAL' as const, level: 3 as const },
    ],
  };
  it('accepts striking off a category the card has', () => {
    expect(
      checkPartialCancellation({ cancelledCategories: ['VISION'], existingCertificate: multiple }),
    ).toBeUndefined();
  });
  it.each<[string, Parameters<typeof checkPartialCancellation>[0], string]>([
    [
      'nothing named',
      { cancelledCategories: [], existingCertificate: multiple },
      'NOTHING_TO_CANCEL',
    ],
    [
      'a category the card does not have',
      { cancelledCategories: ['HEARING'], existingCertificate: multiple },
      'CATEGORY_NOT_ON_CERTIFICATE',
    ],
    [
      'every category',
      { cancelledCategories: ['VISION', 'PHYSICAL'], existingCertificate: multiple },
      'USE_FULL_CANCELLATION',
    ],
    [
      'the only category of a single-category card',
      {
        cancelledCategories: ['VISION'],
        existingCertificate: { ...multiple, category: 'VISION', impairments: undefined },
      },
      'USE_FULL_CANCELLATION',
    ],
    [
      'a multiple whose parts the register does not record',
      {
        cancelledCategories: ['VISION'],
        existingCertificate: { ...multiple, impairments: undefined },
      },
      'PARTS_NOT_RECORDED',
    ],
  ])('refuses %s, naming cancelledCategories', (_, input, code) => {
    expect(checkPartialCancellation(input)).toMatchObject({
      rule: 'R23',
      field: 'cancelledCategories',
      code,
    });
  });
});
