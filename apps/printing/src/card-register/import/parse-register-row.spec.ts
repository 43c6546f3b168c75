import type { LocalDate } from '@tongban/domain';
import { idNumberFor } from './__tests__/register-rows';
import { isRejected, parseRegisterRow, type RowValues } from './parse-register-row';

const context = { asOf: '2026-12-02' as LocalDate, servedCounties: new Set(['220122']) };
const id = idNumberFor(42);
const row = (overrides: RowValues = {}): RowValues => ({
  card_number: `${id}51`,
  holder_id_number: id,
  category: 'INTELLECTUAL',
  level: '1',
  issued_on: '2016-03-01',
  valid_from: '2016-03-01',
  valid_through: '2026-02-28',
  assessment_method: 'STANDARD',
  issuing_county_code: '220122',
  ...overrides,
});
const problemsOf = (values: RowValues) => {
  const result = parseRegisterRow(9, values, context);
  return isRejected(result) ? result.problems.map((p) => `${p.field}/${p.rule}`) : [];
};

describe('parseRegisterRow', () => {
  it('accepts a valid row and normalises it (Chinese names, R13 default validity)', () => {
    expect(parseRegisterRow(9, row(), context)).toEqual({
      line: 9,
      cardNumber: `${id}51`,
      holderIdNumber: id,
      category: 'INTELLECTUAL',
      level: 1,
      issuedOn: '2016-03-01',
      validFrom: '2016-03-01',
      validThrough: '2026-02-28',
      assessmentMethod: 'STANDARD',
      issuingCountyCode: '220122',
      validityBasis: null,
      impairments: null,
      status: 'ACTIVE',
      statusChangedOn: null,
    });
    const chinese = parseRegisterRow(
      9,
      row({ category: '智力', level: '一级', assessment_method: '目测', valid_through: '' }),
      context,
    );
    expect(chinese).toMatchObject({
      category: 'INTELLECTUAL',
      level: 1,
      assessmentMethod: 'VISUAL',
    });
    expect(chinese).toMatchObject({ validThrough: '2026-02-28' }); // R13: ten years less a day
  });

  it.each<[string, RowValues, string[]]>([
    [
      'number digits not matching category',
      row({ category: 'MENTAL' }),
      ['category/CERTIFICATE_NUMBER'],
    ],
    ['number digits not matching level', row({ level: '3' }), ['level/CERTIFICATE_NUMBER']],
    ['unknown category', row({ category: 'EYES' }), ['category/GB/T 26341-2010']],
    [
      'holder not the number’s ID',
      row({ holder_id_number: idNumberFor(43) }),
      ['holder_id_number/CERTIFICATE_NUMBER'],
    ],
    [
      'validity start after issue',
      row({ valid_from: '2016-03-02', valid_through: '' }),
      ['valid_from/R15'],
    ],
    [
      'nine-year validity without a basis',
      row({ valid_through: '2025-02-28' }),
      ['valid_through/R13'],
    ],
    ['unknown method', row({ assessment_method: 'GUESS' }), ['assessment_method/R14']],
    [
      'a county this node does not serve',
      row({ issuing_county_code: '320106' }),
      ['issuing_county_code/R11'],
    ],
    [
      'parts on a single-category card',
      row({ impairments: 'VISION:1' }),
      ['impairments/GB/T 26341-2010'],
    ],
    [
      'a part that is not CATEGORY:LEVEL',
      row({ impairments: 'INTELLECTUAL' }),
      ['impairments/GB/T 26341-2010'],
    ],
    ['an unknown status', row({ status: 'EXPIRED' }), ['status/REGISTER']],
    ['a replaced card', row({ status: 'SUPERSEDED' }), ['status/REGISTER']],
    [
      'a cancelled card without its date',
      row({ status: 'CANCELLED' }),
      ['status_changed_on/REGISTER'],
    ],
    [
      'a status date on an active card',
      row({ status_changed_on: '2020-01-01' }),
      ['status_changed_on/REGISTER'],
    ],
    [
      'a status date before the issue date',
      row({ status: '冻结', status_changed_on: '2016-02-01' }),
      ['status_changed_on/DATE'],
    ],
    [
      'a status date in the future',
      row({ status: 'REPORTED_LOST', status_changed_on: '2027-01-01' }),
      ['status_changed_on/DATE'],
    ],
  ])('refuses %s', (_label, values, problems) => {
    expect(problemsOf(values)).toEqual(problems);
  });

  it('accepts a validity other than ten years when the source says why', () => {
    expect(
      problemsOf(row({ valid_through: '2025-02-28', validity_basis: 'provincial rule' })),
    ).toEqual([]);
  });

  it('records the parts of a MULTIPLE card, in category order, when they give its level', () => {
    const multiple = { card_number: `${id}71`, category: '多重', level: '1' };
    expect(
      parseRegisterRow(9, row({ ...multiple, impairments: '肢体:3;视力：1' }), context),
    ).toMatchObject({
      category: 'MULTIPLE',
      level: 1,
      impairments: [
        { category: 'VISION', level: 1 },
        { category: 'PHYSICAL', level: 3 },
      ],
    });
    // GB/T 26341-2010: the card's level is the most severe part's.
    expect(problemsOf(row({ ...multiple, impairments: 'VISION:2;PHYSICAL:3' }))).toEqual([
      'impairments/GB/T 26341-2010',
    ]);
    expect(problemsOf(row({ ...multiple, impairments: 'VISION:1' }))).toEqual([
      'impairments/GB/T 26341-2010',
    ]);
    expect(parseRegisterRow(9, row(multiple), context)).toMatchObject({ impairments: null });
  });

  it('loads a card in the state the export gives, dated the day it entered it', () => {
    expect(
      parseRegisterRow(9, row({ status: '注销', status_changed_on: '2024-05-06' }), context),
    ).toMatchObject({ status: 'CANCELLED', statusChangedOn: '2024-05-06' });
  });
});
