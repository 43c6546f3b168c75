import { residentIdCheckCharacter } from '@tongban/domain';
import { randomInt, randomUUID } from 'node:crypto';

/** The photo reference as approval puts it in the event: already in this node's bucket. */
export interface PhotoReference {
  key: string;
  sha256: string;
  size: number;
  contentType: string;
}

/** A valid resident ID number (GB 11643-1999) of someone born 1950–1999, different each call. */
export function aResidentIdNumber(): string {
  const birth = `${randomInt(1950, 2000)}${pad(randomInt(1, 13))}${pad(randomInt(1, 29))}`;
  const first17 = `110105${birth}${String(randomInt(0, 1000)).padStart(3, '0')}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
}

/** An `approval.case.approved` envelope as the hukou county's approval service would publish it. */
export function caseApprovedEnvelope(options: {
  hukouCountyCode: string;
  residenceCountyCode: string;
  photo: PhotoReference;
  idNumber?: string;
  payload?: Record<string, unknown>;
}) {
  const applicationId = randomUUID();
  const { hukouCountyCode, residenceCountyCode } = options;
  return {
    id: randomUUID(),
    type: 'approval.case.approved',
    schemaVersion: 2,
    sourceCounty: hukouCountyCode,
    destinationCounty: hukouCountyCode,
    caseId: applicationId,
    correlationId: randomUUID(),
    occurredAt: new Date().toISOString(),
    payload: {
      applicationId,
      caseKind: 'NEW',
      certificateOutcome: 'ISSUE_NEW',
      residenceCountyCode,
      hukouCountyCode,
      applicant: {
        name: '张三',
        idNumber: options.idNumber ?? aResidentIdNumber(),
        phone: '13800138000',
        mailingAddress: {
          recipientName: '张三',
          phone: '13800138000',
          countyCode: residenceCountyCode,
          addressLine: '中山北路1号3栋502室',
        },
      },
      classification: {
        category: 'PHYSICAL',
        level: 2,
        impairments: [{ category: 'PHYSICAL', level: 2 }],
      },
      photo: { kind: 'PHOTO', ...options.photo },
      approvedOn: '2026-05-20',
      ...options.payload,
    },
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
