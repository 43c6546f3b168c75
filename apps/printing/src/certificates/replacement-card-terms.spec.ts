import type { LocalDate } from '@tongban/domain';
import { NotIssuableError } from './new-card-terms';
import { replacementCardTerms, type CurrentCard } from './replacement-card-terms';

const ID = '11010519491231002X';
const issuedOn = '2026-12-02' as LocalDate;
const current: CurrentCard = {
  cardNumber: `${ID}42`,
  category: 'PHYSICAL',
  level: 2,
  validFrom: '2017-03-01' as LocalDate,
};

describe('replacementCardTerms (R13–R24)', () => {
  it('R22: a loss replacement keeps the number with the next suffix and the old validity', () => {
    expect(replacementCardTerms('LOSS_REPLACEMENT', current, undefined, issuedOn)).toEqual({
      certificateNumber: `${ID}42B1`,
      issuedOn,
      validFrom: '2017-03-01',
      validThrough: '2027-02-28',
    });
    const second = replacementCardTerms(
      'LOSS_REPLACEMENT',
      { ...current, cardNumber: `${ID}42B1` },
      undefined,
      issuedOn,
    );
    expect(second.certificateNumber).toBe(`${ID}42B2`);
  });

  it('R15: an expiry renewal keeps the number and runs ten years from the issue date', () => {
    expect(replacementCardTerms('RENEWAL_EXPIRY', current, undefined, issuedOn)).toMatchObject({
      certificateNumber: `${ID}42`,
      validFrom: issuedOn,
      validThrough: '2036-12-01',
    });
  });

  it('R16: a damaged-card renewal keeps the number and the old validity start', () => {
    expect(replacementCardTerms('RENEWAL_DAMAGED', current, undefined, issuedOn)).toMatchObject({
      certificateNumber: `${ID}42`,
      validFrom: '2017-03-01',
    });
  });

  it('R24: a change takes the new classification’s number and a new validity', () => {
    expect(
      replacementCardTerms(
        'CATEGORY_LEVEL_CHANGE',
        current,
        { category: 'PHYSICAL', level: 1 },
        issuedOn,
      ),
    ).toMatchObject({ certificateNumber: `${ID}41`, validFrom: issuedOn });
  });

  it.each([
    [
      'a change to the same category and level',
      'CATEGORY_LEVEL_CHANGE',
      { category: 'PHYSICAL', level: 2 },
      /is the current card's.*\(R24\)/,
    ],
    [
      'a change without a classification',
      'CATEGORY_LEVEL_CHANGE',
      undefined,
      /payload\.classification: .*\(R24\)/,
    ],
    ['a full cancellation', 'CANCELLATION_FULL', undefined, /does not replace a card/],
  ] as const)(
    'refuses %s, naming the field and the rule',
    (_what, kind, classification, message) => {
      const attempt = () => replacementCardTerms(kind, current, classification, issuedOn);
      expect(attempt).toThrow(NotIssuableError);
      expect(attempt).toThrow(message);
    },
  );
});
