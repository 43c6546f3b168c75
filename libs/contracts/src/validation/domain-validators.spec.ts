import { validateSync } from 'class-validator';
import {
  IsClaimedCategories,
  IsCountyCode,
  IsLocalDate,
  IsResidentIdNumber,
} from './domain-validators';

class Sample {
  @IsResidentIdNumber()
  idNumber!: unknown;

  @IsCountyCode()
  hukouCountyCode!: unknown;
}

function problemsOf(values: Partial<Sample>): string[] {
  const sample = Object.assign(new Sample(), {
    idNumber: '11010519491231002X',
    hukouCountyCode: '220122',
    ...values,
  });
  return validateSync(sample).flatMap((error) => Object.values(error.constraints ?? {}));
}

describe('class-validator rules backed by the domain library', () => {
  it('accept a valid resident ID and a real county', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it("report the domain's message with field and rule for a bad ID (GB 11643-1999)", () => {
    expect(problemsOf({ idNumber: '110105194912310021' })).toEqual([
      'idNumber: the check character does not match; the number was probably mistyped (GB 11643-1999)',
    ]);
  });

  it('report a county that is not in the division data (GB/T 2260)', () => {
    expect(problemsOf({ hukouCountyCode: '329999' })).toEqual([
      expect.stringMatching(
        /^hukouCountyCode: 329999 is not a county-level division .*\(GB\/T 2260\)$/,
      ),
    ]);
  });

  it('report a non-string value without throwing', () => {
    expect(problemsOf({ idNumber: 110105, hukouCountyCode: null })).toEqual([
      'idNumber must be a string',
      'hukouCountyCode must be a string',
    ]);
  });
});

class Permit {
  @IsLocalDate()
  validUntil!: unknown;
}

class Claim {
  @IsClaimedCategories()
  claimedCategories!: unknown;
}

function problemsOfValue<T extends object>(target: T, values: Partial<T>): string[] {
  return validateSync(Object.assign(target, values)).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );
}

describe('IsLocalDate (ISO 8601)', () => {
  it.each(['2030-02-28', '2028-02-29', '2000-02-29', '2026-12-31'])('accepts %s', (value) => {
    expect(problemsOfValue(new Permit(), { validUntil: value })).toEqual([]);
  });

  it.each([
    ['2030-02-30', 'month 02 of 2030 has 28 days'],
    ['2029-02-29', 'month 02 of 2029 has 28 days'],
    ['1900-02-29', 'month 02 of 1900 has 28 days'],
    ['2026-04-31', 'month 04 of 2026 has 30 days'],
    ['2026-13-01', 'the month must be 01–12'],
    ['2026-00-10', 'the month must be 01–12'],
    ['2026-01-00', 'month 01 of 2026 has 31 days'],
  ])('refuses the impossible date %s naming the field', (value, why) => {
    expect(problemsOfValue(new Permit(), { validUntil: value })).toEqual([
      `validUntil: "${value}" is not a real calendar date (${why}) (ISO 8601)`,
    ]);
  });

  it.each(['2030-2-3', '2030-02-28T00:00:00Z', ''])('refuses the malformed %j', (value) => {
    expect(problemsOfValue(new Permit(), { validUntil: value })).toEqual([
      `validUntil: expected YYYY-MM-DD, got "${value}" (ISO 8601)`,
    ]);
  });
});

describe('IsClaimedCategories (R5)', () => {
  it.each([[['VISION']], [['HEARING', 'MENTAL']], [['MULTIPLE', 'INTELLECTUAL', 'PHYSICAL']]])(
    'accepts %j',
    (claimedCategories) => {
      expect(problemsOfValue(new Claim(), { claimedCategories })).toEqual([]);
    },
  );

  it('refuses MULTIPLE without the categories it is made of, naming the field and R5', () => {
    expect(problemsOfValue(new Claim(), { claimedCategories: ['MULTIPLE'] })).toEqual([
      expect.stringMatching(
        /^claimedCategories: MULTIPLE \(多重残疾\) must be claimed with .*\(R5\)$/,
      ),
    ]);
  });

  it.each([[[]], [['BLIND']], ['MENTAL'], [null]])(
    'refuses the malformed %j',
    (claimedCategories) => {
      expect(problemsOfValue(new Claim(), { claimedCategories })).toEqual([
        expect.stringMatching(/^claimedCategories must be a non-empty list of /),
      ]);
    },
  );
});
