import { randomUUID } from 'node:crypto';
import { planCase, type CaseKind } from '@tongban/domain';

/**
 * An event envelope as a service's relay would publish it. `payload` merges over the defaults;
 * any other key replaces the envelope field.
 */
export function anEnvelope<P extends Record<string, unknown>>(
  type: string,
  payload: P & { applicationId: string },
  overrides: Record<string, unknown> = {},
) {
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    sourceCounty: '320106',
    destinationCounty: '320106',
    caseId: payload.applicationId,
    correlationId: payload.applicationId,
    occurredAt: new Date().toISOString(),
    payload,
    ...overrides,
  };
}

/** The domain's plan of a case as events carry it (defaults: a new certificate for an adult). */
export function aPlan(kind: CaseKind = 'NEW', applicantIsMinor = false) {
  return planCase(kind, { applicantIsMinor });
}

/**
 * `intake.application.accepted` (v2) for an adult with a physical disability (R8, R25 starts);
 * the plan follows the payload's kind and minority unless the payload gives one.
 */
export function anAcceptedEnvelope(
  payload: Record<string, unknown> = {},
  overrides: Record<string, unknown> = {},
) {
  const applicationId = (payload.applicationId as string | undefined) ?? randomUUID();
  const caseKind = (payload.caseKind as CaseKind | undefined) ?? 'NEW';
  const applicantIsMinor = (payload.applicantIsMinor as boolean | undefined) ?? false;
  return anEnvelope(
    'intake.application.accepted',
    {
      applicationId,
      applicationNumber: `32010620261129${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
      caseKind,
      plan: aPlan(caseKind, applicantIsMinor),
      residenceCountyCode: '320106',
      hukouCountyCode: '220122',
      claimedCategories: ['PHYSICAL'],
      applicantIsMinor,
      homeVisitRequested: false,
      materialsCompletedOn: '2026-11-27',
      contact: { name: '张三', phone: '13800138000' },
      ...payload,
    },
    { schemaVersion: 2, ...overrides },
  );
}

/** `assessment.conclusion.recorded` (v2) meeting the standard: physical disability, level 2 (R3). */
export function aConclusionEnvelope(applicationId: string, payload: Record<string, unknown> = {}) {
  const envelope = anEnvelope('assessment.conclusion.recorded', {
    applicationId,
    institutionId: '1c0a6a8e-1d1f-4a39-9d5e-2c3a4f7f1b10',
    institutionName: '鼓楼医院评定中心',
    meetsStandard: true,
    classification: {
      category: 'PHYSICAL',
      level: 2,
      impairments: [{ category: 'PHYSICAL', level: 2 }],
    },
    doctorName: '王医生',
    assessedOn: '2026-11-20',
    receivedOn: '2026-11-23',
    reassessment: false,
    plan: aPlan(),
    ...payload,
  });
  return { ...envelope, schemaVersion: 2 };
}

/**
 * A de-identified event for national monitoring (R32) as a county's relay would publish it:
 * addressed to 100000, from the county the payload names, with no application id in it.
 */
function aMonitoringEnvelope(
  type: string,
  payload: Record<string, unknown> & { countyCode: string },
  overrides: Record<string, unknown>,
) {
  const caseId = (overrides.caseId as string | undefined) ?? randomUUID();
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    sourceCounty: payload.countyCode,
    destinationCounty: '100000',
    caseId,
    correlationId: caseId,
    occurredAt: new Date().toISOString(),
    payload,
    ...overrides,
  };
}

/** `monitor.case.stage-changed`: a new-certificate case completed acceptance at 南京市鼓楼区. */
export function aStageChangedEnvelope(
  payload: Record<string, unknown> = {},
  overrides: Record<string, unknown> = {},
) {
  return aMonitoringEnvelope(
    'monitor.case.stage-changed',
    {
      countyCode: '320106',
      caseKind: 'NEW',
      stage: 'ACCEPTANCE',
      transition: 'COMPLETED',
      occurredOn: '2026-11-27',
      ...payload,
    },
    overrides,
  );
}

/** `monitor.deadline.alerted`: 南京市鼓楼区 is one working day from its R25 limit. */
export function aDeadlineAlertedEnvelope(
  payload: Record<string, unknown> = {},
  overrides: Record<string, unknown> = {},
) {
  return aMonitoringEnvelope(
    'monitor.deadline.alerted',
    {
      countyCode: '320106',
      rule: 'R25',
      level: 'WARNING',
      dueOn: '2026-12-02',
      provisional: false,
      ...payload,
    },
    overrides,
  );
}
