import { planCase, type CaseKind } from '@tongban/domain';
import { ADULT_ID_NUMBER } from '@tongban/testing';
import { randomUUID } from 'node:crypto';
import type { ScanReference } from './residence-scans';

export interface HandoverOptions {
  residenceCounty: string;
  hukouCounty: string;
  documents: ScanReference[];
  applicationId?: string;
  /** Merged over the payload defaults. */
  payload?: Record<string, unknown>;
}

/**
 * `exchange.case.handed-over` as the residence county's intake publishes it: an adult with a
 * physical disability, level 2, publicised without objection (R10, R11).
 */
export function aHandoverEnvelope(options: HandoverOptions) {
  const applicationId = options.applicationId ?? randomUUID();
  return {
    id: randomUUID(),
    type: 'exchange.case.handed-over',
    schemaVersion: 1,
    sourceCounty: options.residenceCounty,
    destinationCounty: options.hukouCounty,
    caseId: applicationId,
    correlationId: applicationId,
    occurredAt: new Date().toISOString(),
    payload: {
      applicationId,
      applicationNumber: `${options.residenceCounty}20261113${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
      caseKind: 'NEW',
      residenceCountyCode: options.residenceCounty,
      hukouCountyCode: options.hukouCounty,
      applicant: {
        name: '张三',
        idNumber: ADULT_ID_NUMBER,
        phone: '13800138000',
        mailingAddress: {
          recipientName: '张三',
          phone: '13800138000',
          countyCode: options.residenceCounty,
          addressLine: '中山北路1号3栋502室',
        },
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
      publicity: {
        outcome: 'NO_OBJECTION',
        summary: '公示期满，无异议',
        clearedOn: '2026-11-12',
      },
      documents: options.documents,
      handedOverOn: '2026-11-13',
      ...options.payload,
    },
  };
}

export type HandoverEnvelope = ReturnType<typeof aHandoverEnvelope>;

/**
 * `exchange.case.handed-over` v2 for a kind other than NEW: the plan and outcome of the kind,
 * the current card, and the conclusion and publicity only where the plan has them (R13–R24).
 */
export function aHandoverV2Envelope(
  kind: CaseKind,
  options: HandoverOptions & { currentCertificateNumber?: string },
) {
  const v1 = aHandoverEnvelope(options);
  const plan = planCase(kind, { applicantIsMinor: false });
  const { conclusion, publicity, ...rest } = v1.payload;
  return {
    ...v1,
    schemaVersion: 2,
    payload: {
      ...rest,
      caseKind: kind,
      plan,
      certificateOutcome: plan.certificateOutcome,
      applicantIsMinor: false,
      currentCertificateNumber: options.currentCertificateNumber ?? `${ADULT_ID_NUMBER}42`,
      ...(plan.assessment ? { conclusion } : {}),
      ...(plan.publicity ? { publicity } : {}),
      ...options.payload,
    },
  };
}
