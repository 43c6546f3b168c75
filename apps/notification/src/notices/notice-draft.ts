import type {
  ApplicationAcceptedEvent,
  ApplicationRefusedEvent,
  CaseDecidedEvent,
  CertificateDispatchedEvent,
  InstitutionDesignatedEvent,
  PublicityStartedEvent,
} from '@tongban/contracts';
import { chineseDate, federationName, reasonsText, TemplateId, TemplateValues } from '../templates';
import { NoticeType } from './notice-type';

/** What an event asks the applicant to be told, before we know who the applicant is. */
export interface NoticeDraft {
  readonly type: NoticeType;
  readonly templateId: TemplateId;
  readonly values: TemplateValues;
}

/** 受理 (R5, R25): the institution follows, or, with no assessment planned, the hukou county. */
export function acceptedNotice(event: ApplicationAcceptedEvent): NoticeDraft {
  return {
    type: 'APPLICATION_ACCEPTED',
    templateId: event.payload.plan.assessment
      ? 'APPLICATION_ACCEPTED'
      : 'APPLICATION_ACCEPTED_TO_HUKOU',
    values: {},
  };
}

/** 不予受理, with every reason at once (R5, R7). */
export function refusedNotice(event: ApplicationRefusedEvent): NoticeDraft {
  return {
    type: 'APPLICATION_REFUSED',
    templateId: 'APPLICATION_REFUSED',
    values: { reasons: reasonsText(event.payload.reasons) },
  };
}

/** 指定评定机构: name and address (R8), or a home visit (R33). */
export function designatedNotice(event: InstitutionDesignatedEvent): NoticeDraft {
  const { payload } = event;
  return {
    type: 'INSTITUTION_DESIGNATED',
    templateId: payload.homeVisit ? 'INSTITUTION_DESIGNATED_HOME_VISIT' : 'INSTITUTION_DESIGNATED',
    values: {
      designatedOn: chineseDate(payload.designatedOn),
      institutionName: payload.institutionName,
      institutionAddress: payload.institutionAddress,
    },
  };
}

/** 公示: the period of publicity (R10). */
export function publicityNotice(event: PublicityStartedEvent): NoticeDraft {
  return {
    type: 'PUBLICITY_STARTED',
    templateId: 'PUBLICITY_STARTED',
    values: {
      startsOn: chineseDate(event.payload.startsOn),
      endsOn: chineseDate(event.payload.endsOn),
    },
  };
}

/** 审批结果 from the hukou county, the signer of the event (R11). */
export function decidedNotice(event: CaseDecidedEvent): NoticeDraft {
  const { payload } = event;
  const common = {
    decidedOn: chineseDate(payload.decidedOn),
    hukouFederation: federationName(event.sourceCounty),
  };
  switch (payload.decision) {
    case 'APPROVED':
      return { type: 'CASE_DECIDED', templateId: 'CASE_APPROVED', values: common };
    case 'REJECTED':
      return {
        type: 'CASE_DECIDED',
        templateId: 'CASE_REJECTED',
        values: { ...common, reasons: reasonsText(payload.reasons) },
      };
  }
}

/**
 * 寄送: courier and waybill, cash on delivery (R12, R29). The certificate number is left out:
 * it is the ID number plus category and level (R32), and an SMS is no place for either.
 */
export function dispatchedNotice(event: CertificateDispatchedEvent): NoticeDraft {
  const { payload } = event;
  return {
    type: 'CERTIFICATE_DISPATCHED',
    templateId: 'CERTIFICATE_DISPATCHED',
    values: {
      hukouFederation: federationName(event.sourceCounty),
      dispatchedOn: chineseDate(payload.dispatchedOn),
      courier: payload.courier,
      waybillNumber: payload.waybillNumber,
      validFrom: chineseDate(payload.validFrom),
      validUntil: chineseDate(payload.validUntil),
    },
  };
}
