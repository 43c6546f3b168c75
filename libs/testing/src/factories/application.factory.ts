import { residentIdCheckCharacter } from '@tongban/domain';

/** The GB 11643-1999 worked example: a valid adult ID (born 1949-12-31, region 110105). */
export const ADULT_ID_NUMBER = '11010519491231002X';

type Overrides = Record<string, unknown> & { applicant?: Record<string, unknown> };

/**
 * A valid new-certificate application form (R6): an adult with a physical disability living in
 * 南京市鼓楼区 with hukou in 长春市农安县. Override any field (applicant fields merge).
 */
export function anApplicationRequest(overrides: Overrides = {}): Record<string, unknown> {
  const { applicant, ...rest } = overrides;
  return {
    caseKind: 'NEW',
    applicant: {
      name: '张三',
      // A different person each time: intake refuses a second open application of one person.
      idNumber: anAdultIdNumber(),
      phone: '13800138000',
      mailingAddress: {
        recipientName: '张三',
        phone: '13800138000',
        countyCode: '320106',
        addressLine: '中山路1号',
      },
      ...applicant,
    },
    residenceCountyCode: '320106',
    hukouCountyCode: '220122',
    residencePermit: { placeCode: '320106', validFrom: '2025-03-01', validUntil: '2030-02-28' },
    claimedCategories: ['PHYSICAL'],
    ...rest,
  };
}

/**
 * A valid adult resident ID number (GB 11643-1999 check character), random enough — birth day
 * in 1950–1999 and sequence — that tests filing many applications never meet the same person.
 */
export function anAdultIdNumber(region = '110105'): string {
  const born = new Date(Date.UTC(1950, 0, 1) + Math.floor(Math.random() * 50 * 365) * 86_400_000);
  const birthDate = born.toISOString().slice(0, 10).replace(/-/g, '');
  const body = `${region}${birthDate}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  return body + residentIdCheckCharacter(body);
}

/** Form overrides for an applicant living in `county`: residence, permit and mailing address there. */
export function livingIn(county: string): Overrides {
  return {
    residenceCountyCode: county,
    residencePermit: { placeCode: county, validFrom: '2025-03-01', validUntil: '2030-02-28' },
    applicant: {
      mailingAddress: {
        recipientName: '张三',
        phone: '13800138000',
        countyCode: county,
        addressLine: '中山路1号',
      },
    },
  };
}
