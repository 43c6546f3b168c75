import fc from 'fast-check';
import { captureError } from '../__tests__/capture-error';
import { parseLocalDate } from '../calendar/local-date';
import { DISABILITY_CATEGORIES, DISABILITY_LEVELS } from '../disability/category';
import { DomainRuleViolation } from '../errors/domain-errors';
import { residentIdCheckCharacter } from '../resident-id/check-character';
import {
  buildCertificateNumber,
  parseCertificateNumber,
  reissueAfterLoss,
  renumberForClassification,
} from './certificate-number';

const asOf = parseLocalDate('2026-11-29');
const ID = '11010519491231002X';

describe('certificate number', () => {
  it.each([
    [{ residentId: ID, category: 'MENTAL', level: 2 }, '11010519491231002X62'],
    [{ residentId: ID, category: 'MULTIPLE', level: 1, reissue: 1 }, '11010519491231002X71B1'],
    [{ residentId: ID, category: 'VISION', level: 4, reissue: 12 }, '11010519491231002X14B12'],
  ] as const)('CERTIFICATE_NUMBER: %j builds %s', (parts, value) => {
    expect(buildCertificateNumber(parts)).toBe(value);
  });

  it('CERTIFICATE_NUMBER: parse reads the ID, category, level and reissue count', () => {
    expect(parseCertificateNumber('11010519491231002X71B2', { asOf })).toEqual({
      value: '11010519491231002X71B2',
      residentId: ID,
      category: 'MULTIPLE',
      level: 1,
      reissue: 2,
    });
  });

  it('CERTIFICATE_NUMBER: lowercase x and b are normalised', () => {
    expect(parseCertificateNumber('11010519491231002x43b1', { asOf }).value).toBe(
      '11010519491231002X43B1',
    );
  });

  it.each([
    ['11010519491231002X6', 'WRONG_FORMAT', 'CERTIFICATE_NUMBER'],
    ['11010519491231002X621', 'WRONG_FORMAT', 'CERTIFICATE_NUMBER'],
    ['11010519491231002X62C1', 'WRONG_FORMAT', 'CERTIFICATE_NUMBER'],
    ['11010519491231002X62B', 'WRONG_FORMAT', 'CERTIFICATE_NUMBER'],
    ['11010519491231002X62B0', 'INVALID_REISSUE_SUFFIX', 'R22'],
    ['11010519491231002X62B01', 'INVALID_REISSUE_SUFFIX', 'R22'],
    ['11010519491231002X82', 'INVALID_CATEGORY_DIGIT', 'GB/T 26341-2010'],
    ['11010519491231002X05', 'INVALID_CATEGORY_DIGIT', 'GB/T 26341-2010'],
    ['11010519491231002X65', 'INVALID_LEVEL_DIGIT', 'GB/T 26341-2010'],
    ['11010519491231003X62', 'CHECK_CHARACTER_MISMATCH', 'GB 11643-1999'],
  ])('CERTIFICATE_NUMBER: %s is refused with %s (%s)', (input, code, rule) => {
    const error = captureError(() =>
      parseCertificateNumber(input, { asOf, field: 'oldCertificateNumber' }),
    );
    expect(error).toBeInstanceOf(DomainRuleViolation);
    expect(error).toMatchObject({ code, rule, field: 'oldCertificateNumber' });
  });

  it.each([
    [{ residentId: ID, category: 'MENTAL', level: 2, reissue: -1 }, 'INVALID_REISSUE'],
    [{ residentId: ID, category: 'MENTAL', level: 2, reissue: 1.5 }, 'INVALID_REISSUE'],
    [{ residentId: '11010519491231002x', category: 'MENTAL', level: 2 }, 'INVALID_RESIDENT_ID'],
  ] as const)('CERTIFICATE_NUMBER: building from %j is refused', (parts, code) => {
    expect(captureError(() => buildCertificateNumber(parts))).toMatchObject({ code });
  });

  it('R22: each loss reissue keeps the number and counts B1, B2 …', () => {
    const original = parseCertificateNumber('11010519491231002X62', { asOf });
    const first = reissueAfterLoss(original);
    const second = reissueAfterLoss(first);
    expect([first.value, second.value]).toEqual([
      '11010519491231002X62B1',
      '11010519491231002X62B2',
    ]);
  });

  it('R24: a category/level change gives a new number without the reissue suffix', () => {
    const current = parseCertificateNumber('11010519491231002X62B1', { asOf });
    expect(renumberForClassification(current, { category: 'MULTIPLE', level: 1 }).value).toBe(
      '11010519491231002X71',
    );
  });

  it('R23: a partial cancellation that leaves the digits unchanged keeps the number and its suffix', () => {
    const current = parseCertificateNumber('11010519491231002X71B1', { asOf });
    expect(renumberForClassification(current, { category: 'MULTIPLE', level: 1 })).toBe(current);
  });

  it('CERTIFICATE_NUMBER: build and parse are inverse (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{6}$/).filter((s) => s.startsWith('11')),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(...DISABILITY_CATEGORIES),
        fc.constantFrom(...DISABILITY_LEVELS),
        fc.nat({ max: 30 }),
        (region, seq, category, level, reissue) => {
          const first17 = `${region}19800101${String(seq).padStart(3, '0')}`;
          const residentId = `${first17}${residentIdCheckCharacter(first17)}`;
          const value = buildCertificateNumber({ residentId, category, level, reissue });
          expect(parseCertificateNumber(value, { asOf })).toEqual({
            value,
            residentId,
            category,
            level,
            reissue,
          });
        },
      ),
    );
  });
});
