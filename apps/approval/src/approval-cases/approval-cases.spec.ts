import type { CaseHandedOverEvent } from '@tongban/contracts';
import { planCase } from '@tongban/domain';
import type { CaseDocument } from '../documents/case-document.entity';
import { approvalBlockers } from './approval-blockers';
import { handoverRefusal } from './handover-refusal';

type Doc = Pick<
  CaseDocument,
  'kind' | 'sha256' | 'status' | 'lastError' | 'attempts' | 'urlRequests'
>;
const doc = (
  kind: Doc['kind'],
  status: Doc['status'] = 'VERIFIED',
  lastError: string | null = null,
): Doc => ({
  kind,
  sha256: 'a'.repeat(64),
  status,
  lastError,
  attempts: 1,
  urlRequests: status === 'AWAITING_FRESH_URL' ? 2 : 0,
});

type Blocked = Parameters<typeof approvalBlockers>[0];

const adultCase: Blocked = {
  plan: planCase('NEW', { applicantIsMinor: false }),
  applicantIsMinor: false,
  currentCertificateNumber: null,
  claimedCategories: ['PHYSICAL'],
  receivedOn: '2026-11-30',
  applicant: {
    name: '张三',
    idNumber: '11010519491231002X',
    phone: '13800138000',
    mailingAddress: {
      recipientName: '张三',
      phone: '13800138000',
      countyCode: '320106',
      addressLine: '中山路1号',
    },
    guardian: null,
  },
  conclusion: {
    classification: {
      category: 'PHYSICAL',
      level: 2,
      impairments: [{ category: 'PHYSICAL', level: 2 }],
    },
    institutionName: '鼓楼医院评定中心',
    doctorName: '王医生',
    assessedOn: '2026-10-20',
  },
};

describe('approvalBlockers (R5, R11, R30)', () => {
  it('lets a verified package with the photo through', () => {
    expect(approvalBlockers(adultCase, [doc('PHOTO'), doc('ID_DOCUMENT')])).toEqual({
      missing: [],
      waiting: [],
    });
  });

  it('names failed scans and the missing photo as missing, pending and URL-waiting scans as waiting', () => {
    const blockers = approvalBlockers(adultCase, [
      doc('ID_DOCUMENT', 'FAILED', 'sha256 mismatch: … (R30)'),
      doc('HUKOU_BOOKLET', 'PENDING'),
      doc('RESIDENCE_PERMIT', 'AWAITING_FRESH_URL'),
    ]);
    expect(blockers.missing).toEqual([
      `documents: ID_DOCUMENT (sha256 ${'a'.repeat(12)}…) could not be verified: sha256 mismatch: … (R30)`,
      "documents: no PHOTO in the package; the card is printed with the applicant's photo (R5, R12)",
    ]);
    expect(blockers.waiting).toEqual([
      `documents: HUKOU_BOOKLET (sha256 ${'a'.repeat(12)}…) is still being fetched and verified (1 attempts so far)`,
      `documents: RESIDENCE_PERMIT (sha256 ${'a'.repeat(12)}…) is waiting for a fresh URL from the residence county (asked 2 times so far)`,
    ]);
  });

  it('asks for the guardian and both guardian papers for a minor (not publicised, R10)', () => {
    const minor = { ...adultCase, applicantIsMinor: true };
    expect(approvalBlockers(minor, [doc('PHOTO'), doc('GUARDIAN_ID')]).missing).toEqual([
      expect.stringMatching(/^applicant\.guardian: /),
      "documents: no GUARDIAN_PROOF in the package; the guardian's ID and proof are required (R5, R11)",
    ]);
  });

  it('asks for the guardian when any impairment is mental or intellectual, even within category 7', () => {
    const multiple = {
      ...adultCase,
      conclusion: {
        ...adultCase.conclusion!,
        classification: {
          category: 'MULTIPLE' as const,
          level: 2 as const,
          impairments: [
            { category: 'PHYSICAL' as const, level: 2 as const },
            { category: 'MENTAL' as const, level: 3 as const },
          ],
        },
      },
    };
    const guardian = {
      name: '张父',
      idNumber: '11010519491231002X',
      relationship: '父子',
      phone: '13900139000',
    };
    const withGuardian = { ...multiple, applicant: { ...multiple.applicant, guardian } };
    expect(approvalBlockers(multiple, [doc('PHOTO')]).missing).toHaveLength(3);
    expect(
      approvalBlockers(withGuardian, [doc('PHOTO'), doc('GUARDIAN_ID'), doc('GUARDIAN_PROOF')])
        .missing,
    ).toEqual([]);
  });
});

describe('approvalBlockers for kinds without assessment (R16, R22, R23)', () => {
  const renewal: Blocked = {
    ...adultCase,
    plan: planCase('RENEWAL_DAMAGED', { applicantIsMinor: false }),
    conclusion: null,
    currentCertificateNumber: '11010519491231002X42',
  };

  it('R16: a damaged-card renewal needs the photo but no conclusion', () => {
    expect(approvalBlockers(renewal, [doc('PHOTO')]).missing).toEqual([]);
    expect(approvalBlockers(renewal, [doc('ID_DOCUMENT')]).missing).toEqual([
      "documents: no PHOTO in the package; the card is printed with the applicant's photo (R5, R12)",
    ]);
  });

  it('R23: a full cancellation prints nothing, so it needs no photo', () => {
    const cancellation = {
      ...renewal,
      plan: planCase('CANCELLATION_FULL', { applicantIsMinor: false }),
    };
    expect(approvalBlockers(cancellation, [doc('ID_DOCUMENT')]).missing).toEqual([]);
  });

  it('R5: the current card says intellectual (category 5), so the guardian papers are needed', () => {
    const intellectual = {
      ...renewal,
      currentCertificateNumber: '11010519491231002X53',
      claimedCategories: null,
    };
    expect(approvalBlockers(intellectual, [doc('PHOTO')]).missing).toHaveLength(3);
  });

  it('R5: a multiple card filed with its parts needs the guardian only if a part is intellectual or mental', () => {
    const multiple = { ...renewal, currentCertificateNumber: '11010519491231002X72' };
    const filedWith = (claimedCategories: Blocked['claimedCategories']) =>
      approvalBlockers({ ...multiple, claimedCategories }, [doc('PHOTO')]).missing;
    expect(filedWith(['MULTIPLE', 'VISION', 'PHYSICAL'])).toEqual([]);
    expect(filedWith(['MULTIPLE', 'MENTAL', 'PHYSICAL'])).toHaveLength(3);
    // An older package without the categories: the number says only 7, so the papers are asked for.
    expect(filedWith(null)).toHaveLength(3);
  });
});

describe('approvalBlockers for a category/level change (R24)', () => {
  const change: Blocked = {
    ...adultCase,
    plan: planCase('CATEGORY_LEVEL_CHANGE', { applicantIsMinor: false }),
    currentCertificateNumber: '11010519491231002X42',
  };

  it('refuses a conclusion that is the current card’s category and level, naming the field', () => {
    expect(approvalBlockers(change, [doc('PHOTO')]).missing).toEqual([
      "conclusion.classification: PHYSICAL level 2 is the current card's; a category/level change needs a different category or level (R24)",
    ]);
  });

  it('lets a change to another level through', () => {
    const other = { ...change, currentCertificateNumber: '11010519491231002X43' };
    expect(approvalBlockers(other, [doc('PHOTO')]).missing).toEqual([]);
  });
});

describe('handoverRefusal', () => {
  const event = (overrides: Record<string, unknown> = {}, payload: Record<string, unknown> = {}) =>
    ({
      caseId: 'c1',
      sourceCounty: '320106',
      destinationCounty: '220122',
      payload: {
        applicationId: 'c1',
        residenceCountyCode: '320106',
        hukouCountyCode: '220122',
        ...payload,
      },
      ...overrides,
    }) as unknown as CaseHandedOverEvent;

  it('accepts a hand-over that says what its signature implies', () => {
    expect(handoverRefusal(event(), ['220122'])).toBeUndefined();
  });

  it.each([
    [
      'a hukou county this node does not serve',
      event({ destinationCounty: '110105' }, { hukouCountyCode: '110105' }),
      /^payload\.hukouCountyCode: .*\(R11\)/,
    ],
    [
      'an envelope addressed elsewhere than its hukou county',
      event({ destinationCounty: '110105' }),
      /^destinationCounty: /,
    ],
    [
      'a case of another residence county',
      event({}, { residenceCountyCode: '110105' }),
      /^sourceCounty: county 320106 sent a case of residence county 110105/,
    ],
    ['a case id that is not the application', event({ caseId: 'c2' }), /^caseId: /],
  ])('refuses %s', (_label, refused, reason) => {
    expect(handoverRefusal(refused, ['220122'])).toMatch(reason);
  });
});
