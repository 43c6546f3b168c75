import type { CaseHandedOverEvent, CaseHandedOverV2Event } from '@tongban/contracts';
import { planCase } from '@tongban/domain';
import type { ApprovalCase } from './approval-case.entity';

/** A hand-over as either schema version carries it (v1: new certificates only; v2: any kind). */
export type HandoverEvent = CaseHandedOverEvent | CaseHandedOverV2Event;

/** What the package says about the case, whichever version brought it. */
export type HandedOverCase = Pick<
  ApprovalCase,
  | 'applicationId'
  | 'applicationNumber'
  | 'caseKind'
  | 'residenceCountyCode'
  | 'hukouCountyCode'
  | 'plan'
  | 'outcome'
  | 'applicantIsMinor'
  | 'currentCertificateNumber'
  | 'cancelledCategories'
  | 'claimedCategories'
  | 'applicant'
  | 'conclusion'
  | 'publicity'
  | 'handedOverOn'
>;

/**
 * The case in the package. A v1 package is a new certificate whose plan follows from its kind
 * and whether publicity was skipped for a minor (R10); v2 carries its plan and outcome.
 */
export function handedOverCase(event: HandoverEvent): HandedOverCase {
  const { payload } = event;
  const v2 = event.schemaVersion === 2 ? (event as CaseHandedOverV2Event).payload : undefined;
  const applicantIsMinor = v2
    ? v2.applicantIsMinor
    : (event as CaseHandedOverEvent).payload.publicity.outcome === 'NOT_PUBLICISED_MINOR';
  const plan = v2?.plan ?? planCase(payload.caseKind, { applicantIsMinor });
  const { conclusion, publicity, applicant } = payload;
  return {
    applicationId: payload.applicationId,
    applicationNumber: payload.applicationNumber,
    caseKind: payload.caseKind,
    residenceCountyCode: payload.residenceCountyCode,
    hukouCountyCode: payload.hukouCountyCode,
    plan,
    outcome: v2?.certificateOutcome ?? plan.certificateOutcome,
    applicantIsMinor,
    currentCertificateNumber: v2?.currentCertificateNumber ?? null,
    cancelledCategories: v2?.cancelledCategories ? [...v2.cancelledCategories] : null,
    claimedCategories: v2?.claimedCategories ? [...v2.claimedCategories] : null,
    applicant: {
      name: applicant.name,
      idNumber: applicant.idNumber,
      phone: applicant.phone,
      mailingAddress: { ...applicant.mailingAddress },
      guardian: applicant.guardian ? { ...applicant.guardian } : null,
    },
    conclusion: conclusion
      ? {
          classification: {
            category: conclusion.classification.category,
            level: conclusion.classification.level,
            impairments: conclusion.classification.impairments.map((i) => ({ ...i })),
          },
          institutionName: conclusion.institutionName,
          doctorName: conclusion.doctorName,
          assessedOn: conclusion.assessedOn,
        }
      : null,
    publicity: publicity ? { ...publicity } : null,
    handedOverOn: payload.handedOverOn,
  };
}
