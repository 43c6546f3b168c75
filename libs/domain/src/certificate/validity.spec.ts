import { captureError } from '../__tests__/capture-error';
import { parseLocalDate } from '../calendar/local-date';
import { CASE_KINDS, type CaseKind } from '../case/case-kind';
import { expiryRenewalOpensOn, isValidOn, validityFrom, validityStartForNewCard } from './validity';

const d = parseLocalDate;

describe('certificate validity', () => {
  it('R13: a card is valid for 10 years, through the day before the tenth anniversary', () => {
    const validity = validityFrom(d('2016-05-10'));
    expect(validity).toEqual({ validFrom: '2016-05-10', validThrough: '2026-05-09' });
    expect(isValidOn(validity, d('2026-05-09'))).toBe(true);
    expect(isValidOn(validity, d('2026-05-10'))).toBe(false);
    expect(isValidOn(validity, d('2016-05-09'))).toBe(false);
  });

  it.each([
    ['2016-05-10', '2025-05-10'],
    ['2016-02-29', '2025-03-01'],
    ['2024-02-29', '2033-03-01'],
    ['2016-03-01', '2025-03-01'],
  ])('R13: validity from %s opens expiry renewal on %s (9 years)', (from, opens) => {
    expect(expiryRenewalOpensOn(d(from))).toBe(opens);
  });

  it.each([
    [
      '2024-02-29',
      '2034-02-28',
      'leap start, common-year anniversary (1 March) → through 28 February',
    ],
    ['2016-02-29', '2026-02-28', 'leap start, common-year anniversary'],
    ['2020-02-29', '2030-02-28', 'leap start, common-year anniversary'],
    ['1996-02-29', '2006-02-28', 'leap start, common-year anniversary'],
    ['2024-02-28', '2034-02-27', 'the day before 29 February in a leap year'],
    ['2024-03-01', '2034-02-28', 'the day after 29 February in a leap year'],
    ['2023-02-28', '2033-02-27', 'common-year start'],
    ['2023-03-01', '2033-02-28', 'common-year start, anniversary in a common year'],
    ['2026-03-01', '2036-02-29', 'common-year start whose last day is 29 February of a leap year'],
    ['2016-12-31', '2026-12-30', 'year end'],
  ])('R13: validity from %s runs through %s (%s)', (from, through) => {
    const validity = validityFrom(d(from));
    expect(validity.validThrough).toBe(through);
    expect(isValidOn(validity, d(through))).toBe(true);
  });

  const dates = { issuedOn: d('2026-11-20'), previousValidFrom: d('2017-03-01') };
  it.each<[string, CaseKind, string]>([
    ['R11', 'NEW', '2026-11-20'],
    ['R15', 'RENEWAL_EXPIRY', '2026-11-20'],
    ['R24', 'CATEGORY_LEVEL_CHANGE', '2026-11-20'],
    ['R16', 'RENEWAL_DAMAGED', '2017-03-01'],
    ['R17', 'RENEWAL_DATA_UPDATE', '2017-03-01'],
    ['R18', 'MIGRATION', '2017-03-01'],
    ['R22', 'LOSS_REPLACEMENT', '2017-03-01'],
    ['R23', 'CANCELLATION_PARTIAL', '2017-03-01'],
  ])('%s: the new card of a %s case starts its validity on %s', (_rule, kind, start) => {
    expect(validityStartForNewCard(kind, dates)).toBe(start);
  });

  it('R16: a kind keeping the old start needs it', () => {
    expect(
      captureError(() => validityStartForNewCard('RENEWAL_DAMAGED', { issuedOn: d('2026-11-20') })),
    ).toMatchObject({
      rule: 'R16',
      field: 'previousValidFrom',
    });
    expect(
      captureError(() => validityStartForNewCard('MIGRATION', { issuedOn: d('2026-11-20') })),
    ).toMatchObject({ rule: 'R13' });
  });

  it('R23: a full cancellation prints no card, so it has no validity start', () => {
    expect(captureError(() => validityStartForNewCard('CANCELLATION_FULL', dates))).toMatchObject({
      rule: 'R23',
      code: 'NO_CARD_PRINTED',
    });
    expect(CASE_KINDS).toHaveLength(9);
  });
});
