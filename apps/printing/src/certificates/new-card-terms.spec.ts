import { DomainRuleViolation, type LocalDate } from '@tongban/domain';
import { newCardTerms, NotIssuableError } from './new-card-terms';

const ISSUED_ON = '2026-05-20' as LocalDate;

describe('newCardTerms', () => {
  it('numbers the card ID + category digit + level digit, valid ten years from the issue date (R13, R15)', () => {
    expect(
      newCardTerms(
        { caseKind: 'NEW', idNumber: '11010519491231002X', category: 'PHYSICAL', level: 2 },
        ISSUED_ON,
      ),
    ).toEqual({
      certificateNumber: '11010519491231002X42',
      issuedOn: '2026-05-20',
      validFrom: '2026-05-20',
      validThrough: '2036-05-19',
    });
  });

  it('writes a lowercase check character as printed and gives MULTIPLE the digit 7', () => {
    const terms = newCardTerms(
      { caseKind: 'NEW', idNumber: '11010519491231002x', category: 'MULTIPLE', level: 1 },
      ISSUED_ON,
    );
    expect(terms.certificateNumber).toBe('11010519491231002X71');
  });

  it('refuses case kinds that depend on an earlier card, naming the field', () => {
    expect(() =>
      newCardTerms(
        {
          caseKind: 'LOSS_REPLACEMENT',
          idNumber: '11010519491231002X',
          category: 'VISION',
          level: 4,
        },
        ISSUED_ON,
      ),
    ).toThrow(
      new NotIssuableError(
        'payload.caseKind: printing issues NEW certificates only so far; LOSS_REPLACEMENT needs the previous card (R13–R24)',
      ),
    );
  });

  it('refuses an invalid ID number with the domain rule', () => {
    expect(() =>
      newCardTerms(
        { caseKind: 'NEW', idNumber: '110105194912310021', category: 'VISION', level: 4 },
        ISSUED_ON,
      ),
    ).toThrow(DomainRuleViolation);
  });
});
