import type {
  ApplicationAcceptedEvent,
  CaseDecidedEvent,
  CertificateDispatchedEvent,
  InstitutionDesignatedEvent,
} from '@tongban/contracts';
import {
  aCase,
  acceptedEnvelope,
  APPLICANT,
  decidedEnvelope,
  designatedEnvelope,
  dispatchedEnvelope,
} from '../__tests__/case-events';
import { acceptedNotice, decidedNotice, designatedNotice, dispatchedNotice } from './notice-draft';

const testCase = aCase('320106', '220122');

describe('notice drafts: which template an event calls for, with which values', () => {
  it('picks the home-visit text when the institution comes to the applicant (R33)', () => {
    const visit = designatedNotice(
      designatedEnvelope(testCase, true) as InstitutionDesignatedEvent,
    );
    const office = designatedNotice(
      designatedEnvelope(testCase, false) as InstitutionDesignatedEvent,
    );
    expect(visit.templateId).toBe('INSTITUTION_DESIGNATED_HOME_VISIT');
    expect(office.templateId).toBe('INSTITUTION_DESIGNATED');
    expect(office.values).toMatchObject({
      designatedOn: '2026年10月9日',
      institutionAddress: '中山路321号门诊楼5楼',
    });
  });

  it('tells of the institution to come only where the plan has an assessment (R8, R16, R22)', () => {
    const accepted = (kind: 'NEW' | 'LOSS_REPLACEMENT') =>
      acceptedNotice(acceptedEnvelope(testCase, APPLICANT, kind) as ApplicationAcceptedEvent)
        .templateId;
    expect(accepted('NEW')).toBe('APPLICATION_ACCEPTED');
    expect(accepted('LOSS_REPLACEMENT')).toBe('APPLICATION_ACCEPTED_TO_HUKOU');
  });

  it('names the hukou county that decided, from the signed envelope (R11)', () => {
    const approved = decidedNotice(decidedEnvelope(testCase, 'APPROVED') as CaseDecidedEvent);
    expect(approved).toEqual({
      type: 'CASE_DECIDED',
      templateId: 'CASE_APPROVED',
      values: { decidedOn: '2026年10月28日', hukouFederation: '长春市农安县残联' },
    });
  });

  it('never leaves a rejection without a reason', () => {
    const rejected = decidedNotice(decidedEnvelope(testCase, 'REJECTED', []) as CaseDecidedEvent);
    expect(rejected.templateId).toBe('CASE_REJECTED');
    expect(rejected.values.reasons).toBe('未注明，请与我们联系了解详情');
  });

  it('keeps the certificate number out of the mailing notice (R32)', () => {
    const draft = dispatchedNotice(dispatchedEnvelope(testCase) as CertificateDispatchedEvent);
    expect(JSON.stringify(draft)).not.toContain('11010519491231002X');
    expect(draft.values).toMatchObject({ courier: '中国邮政EMS', waybillNumber: '1187654321098' });
  });
});
