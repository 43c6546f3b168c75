import { Topics } from '@tongban/contracts';
import type { CaseKind } from '@tongban/domain';
import { aPlan } from '@tongban/testing';
import { randomUUID } from 'node:crypto';

/** One case as the events of both counties refer to it. */
export interface TestCase {
  readonly applicationId: string;
  readonly applicationNumber: string;
  readonly residenceCountyCode: string;
  readonly hukouCountyCode: string;
}

export const APPLICANT = { name: '张三', phone: '13800138000' } as const;

/** The contact intake puts on acceptance and refusal; email only when the applicant gave one. */
export type NoticeContact = { name: string; phone: string; email?: string };

export function aCase(residenceCountyCode: string, hukouCountyCode = '220122'): TestCase {
  const applicationId = randomUUID();
  return {
    applicationId,
    applicationNumber: `SQ${residenceCountyCode}-2026-${applicationId.slice(0, 6).toUpperCase()}`,
    residenceCountyCode,
    hukouCountyCode,
  };
}

type Payload = Record<string, unknown>;

/** An envelope as the publishing service would write it. */
function envelope(
  type: { type: string; schemaVersion: number },
  testCase: TestCase,
  payload: Payload,
  route: { from: string; to: string },
) {
  return {
    id: randomUUID(),
    type: type.type,
    schemaVersion: type.schemaVersion,
    sourceCounty: route.from,
    destinationCounty: route.to,
    caseId: testCase.applicationId,
    correlationId: testCase.applicationId,
    occurredAt: new Date().toISOString(),
    payload: { applicationId: testCase.applicationId, ...payload },
  };
}

const inResidence = (c: TestCase) => ({ from: c.residenceCountyCode, to: c.residenceCountyCode });
const fromHukou = (c: TestCase) => ({ from: c.hukouCountyCode, to: c.residenceCountyCode });

/** intake.application.accepted, carrying the contact notices go to. */
export function acceptedEnvelope(
  c: TestCase,
  contact: NoticeContact = APPLICANT,
  caseKind: CaseKind = 'NEW',
) {
  return envelope(
    Topics.applicationAccepted,
    c,
    {
      applicationNumber: c.applicationNumber,
      caseKind,
      plan: aPlan(caseKind),
      residenceCountyCode: c.residenceCountyCode,
      hukouCountyCode: c.hukouCountyCode,
      claimedCategories: ['PHYSICAL'],
      applicantIsMinor: false,
      homeVisitRequested: false,
      materialsCompletedOn: '2026-09-30',
      contact,
    },
    inResidence(c),
  );
}

export function refusedEnvelope(
  c: TestCase,
  reasons = ['居住证已过期（R1）', '缺少近期二寸照片（R5）'],
  contact: NoticeContact = APPLICANT,
) {
  return envelope(
    Topics.applicationRefused,
    c,
    {
      applicationNumber: c.applicationNumber,
      residenceCountyCode: c.residenceCountyCode,
      contact,
      reasons,
    },
    inResidence(c),
  );
}

export function designatedEnvelope(c: TestCase, homeVisit = false) {
  return envelope(
    Topics.institutionDesignated,
    c,
    {
      institutionId: randomUUID(),
      institutionName: '市第一人民医院残疾评定中心',
      institutionAddress: '中山路321号门诊楼5楼',
      homeVisit,
      designatedOn: '2026-10-09',
    },
    inResidence(c),
  );
}

export function publicityEnvelope(c: TestCase) {
  return envelope(
    Topics.publicityStarted,
    c,
    { startsOn: '2026-10-19', endsOn: '2026-10-23' },
    inResidence(c),
  );
}

/** exchange.case.decided, sent by the hukou county to the residence county (R11). */
export function decidedEnvelope(
  c: TestCase,
  decision: 'APPROVED' | 'REJECTED' = 'APPROVED',
  reasons: string[] = [],
) {
  return envelope(
    Topics.caseDecided,
    c,
    { decision, reasons, decidedOn: '2026-10-28' },
    fromHukou(c),
  );
}

/** exchange.certificate.dispatched, sent by the hukou county (R12, R29). */
export function dispatchedEnvelope(c: TestCase) {
  return envelope(
    Topics.certificateDispatched,
    c,
    {
      certificateNumber: '11010519491231002X41',
      validFrom: '2026-10-29',
      validUntil: '2036-10-29',
      courier: '中国邮政EMS',
      waybillNumber: '1187654321098',
      cashOnDelivery: true,
      dispatchedOn: '2026-10-30',
    },
    fromHukou(c),
  );
}
