import { validateSync } from 'class-validator';
import { IsCountyCode, IsResidentIdNumber } from './domain-validators';

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
