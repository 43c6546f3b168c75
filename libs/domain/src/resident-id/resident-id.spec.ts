import fc from 'fast-check';
import { captureError } from '../__tests__/capture-error';
import { parseLocalDate, type LocalDate } from '../calendar/local-date';
import { allCountyCodes } from '../divisions/divisions';
import { DomainRuleViolation } from '../errors/domain-errors';
import { residentIdCheckCharacter } from './check-character';
import {
  ageOn,
  isMinorOn,
  isValidResidentId,
  maskResidentId,
  parseResidentId,
} from './resident-id';

const asOf = parseLocalDate('2026-11-29');
/** Appends the correct check character to 17 digits. */
const id = (first17: string): string => `${first17}${residentIdCheckCharacter(first17)}`;

describe('resident ID number (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44030420080101001', residentIdCheckCharacter('44030420080101001')],
    ['51343620000229123', residentIdCheckCharacter('51343620000229123')],
  ])('GB 11643-1999: the ISO 7064 MOD 11-2 check character of %s is %s', (first17, expected) => {
    expect(residentIdCheckCharacter(first17)).toBe(expected);
  });

  it('GB 11643-1999: the published example 11010519491231002X checks, with its X', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
  });

  it('GB 11643-1999: the check character needs 17 ASCII digits', () => {
    expect(() => residentIdCheckCharacter('1101051949123100')).toThrow(DomainRuleViolation);
  });

  it('GB 11643-1999: a valid number yields issuing region, birth date, sex and check character', () => {
    const parsed = parseResidentId('11010519491231002X', { asOf });
    expect(parsed).toMatchObject({
      value: '11010519491231002X',
      issuingRegionCode: '110105',
      birthDate: '1949-12-31',
      sequence: '002',
      sex: 'FEMALE',
      checkCharacter: 'X',
    });
    expect(parsed.issuingRegion).toEqual({
      status: 'LISTED_COUNTY',
      county: {
        code: '110105',
        name: '朝阳区',
        cityCode: '110100',
        cityName: '市辖区',
        provinceCode: '110000',
        provinceName: '北京市',
      },
    });
  });

  it('GB 11643-1999: isValidResidentId accepts a valid number', () => {
    expect(isValidResidentId('11010519491231002X', asOf)).toBe(true);
  });

  it('GB 11643-1999: a lowercase x check character is normalised to X', () => {
    expect(parseResidentId('11010519491231002x', { asOf }).value).toBe('11010519491231002X');
  });

  it.each([
    ['11010519491231001', 'MALE'],
    ['11010519491231002', 'FEMALE'],
  ])('GB 11643-1999: sequence %s gives sex %s (odd 17th digit male)', (first17, sex) => {
    expect(parseResidentId(id(first17), { asOf }).sex).toBe(sex);
  });

  it.each([
    ['', 'EMPTY'],
    ['110105 19491231002X', 'CONTAINS_WHITESPACE'],
    [' 11010519491231002X', 'CONTAINS_WHITESPACE'],
    ['11010519491231002X\u3000', 'CONTAINS_WHITESPACE'],
    ['１１０１０５１９４９１２３１００２Ｘ', 'FULL_WIDTH_CHARACTERS'],
    ['11010519491231002ｘ', 'FULL_WIDTH_CHARACTERS'],
    ['110105491231002', 'LEGACY_15_DIGIT'],
    ['1101051949123100', 'WRONG_LENGTH'],
    ['11010519491231002X1', 'WRONG_LENGTH'],
    ['1101051949123100X2', 'INVALID_CHARACTERS'],
    ['11010519491231002Y', 'INVALID_CHARACTERS'],
    ['110105194912310021', 'CHECK_CHARACTER_MISMATCH'],
    ['11010519491231003X', 'CHECK_CHARACTER_MISMATCH'],
    [id('99010519491231002'), 'UNKNOWN_REGION'],
    [id('00000019491231002'), 'UNKNOWN_REGION'],
    [id('11010519490231002'), 'BIRTH_DATE_NOT_REAL'],
    [id('11010520250229002'), 'BIRTH_DATE_NOT_REAL'],
    [id('11010520261130002'), 'BIRTH_DATE_IN_FUTURE'],
    [id('11010518991231002'), 'BIRTH_DATE_IMPLAUSIBLE'],
  ])('GB 11643-1999: "%s" is refused with %s', (input, code) => {
    const error = captureError(() => parseResidentId(input, { asOf, field: 'guardian.idNumber' }));
    expect(error).toBeInstanceOf(DomainRuleViolation);
    expect(error).toMatchObject({ code, rule: 'GB 11643-1999', field: 'guardian.idNumber' });
    expect((error as Error).message).toMatch(/^guardian\.idNumber: /);
    expect(isValidResidentId(input, asOf)).toBe(false);
  });

  it('GB 11643-1999: the error field defaults to idNumber', () => {
    expect(captureError(() => parseResidentId('123', { asOf }))).toMatchObject({
      field: 'idNumber',
      code: 'WRONG_LENGTH',
    });
  });

  it('GB 11643-1999: a birth date equal to the check date is accepted (a newborn)', () => {
    expect(parseResidentId(id('11010520261129002'), { asOf }).birthDate).toBe('2026-11-29');
  });

  it('GB/T 2260: an abolished code of a known province is accepted and reported as unlisted', () => {
    // 330103 下城区 was merged into 拱墅区 in 2021; numbers issued there stay valid for life.
    const parsed = parseResidentId(id('33010319800101001'), { asOf });
    expect(parsed.issuingRegion).toEqual({
      status: 'UNLISTED_IN_KNOWN_PROVINCE',
      provinceCode: '330000',
      provinceName: '浙江省',
    });
    expect(parsed.issuingRegionCode).toBe('330103');
  });

  it('GB 11643-1999: every well-formed number with a listed county round-trips (property)', () => {
    const counties = allCountyCodes();
    fc.assert(
      fc.property(
        fc.constantFrom(...counties),
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2026-11-29T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 999 }),
        fc.boolean(),
        (region, birth, seq, lower) => {
          const birthDate = birth.toISOString().slice(0, 10);
          const first17 = `${region}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
          const full = id(first17);
          const input = lower ? full.toLowerCase() : full;
          const parsed = parseResidentId(input, { asOf });
          expect(parsed.value).toBe(full);
          expect(parsed.birthDate).toBe(birthDate);
          expect(parsed.issuingRegion.status).toBe('LISTED_COUNTY');
          expect(parsed.sex).toBe(seq % 2 === 1 ? 'MALE' : 'FEMALE');
        },
      ),
    );
  });

  it('GB 11643-1999: changing any one digit of a valid number breaks the check (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (position, delta) => {
          const valid = '11010519491231002X';
          const digit = (Number(valid[position]) + delta) % 10;
          const typo = `${valid.slice(0, position)}${digit}${valid.slice(position + 1)}`;
          expect(residentIdCheckCharacter(typo.slice(0, 17))).not.toBe('X');
        },
      ),
    );
  });

  it.each([
    ['2008-11-29', '2026-11-28', 17, true],
    ['2008-11-29', '2026-11-29', 18, false],
    ['1949-12-31', '2026-11-29', 76, false],
  ])('R10: born %s, on %s the applicant is %i (minor: %s)', (birth, on, age, minor) => {
    const person = { birthDate: birth as LocalDate };
    expect(ageOn(person, parseLocalDate(on))).toBe(age);
    expect(isMinorOn(person, parseLocalDate(on))).toBe(minor);
  });

  it('R32: a masked number shows only its last four characters', () => {
    expect(maskResidentId('11010519491231002X')).toBe('**************002X');
    expect(maskResidentId('12')).toBe('12');
  });

  it('GB 11643-1999: unexpected errors are not swallowed by isValidResidentId', () => {
    expect(() => isValidResidentId(undefined as unknown as string, asOf)).toThrow(TypeError);
  });
});
