import { maskPhone } from '../privacy/mask-phone';
import { renderNotice, templateForOutcome } from '../templates';
import { CaseRecipient } from './case-recipient.entity';
import { Notice } from './notice.entity';

/** A notice rendered for its recipient and queued for the dispatcher from `now`. */
export function addressNotice(
  notice: Pick<Notice, 'templateId' | 'templateValues'>,
  recipient: CaseRecipient,
  now: Date,
): Pick<
  Notice,
  'status' | 'templateId' | 'subject' | 'text' | 'maskedRecipient' | 'nextAttemptAt'
> {
  // The recipient knows the case's kind and outcome, which events from the hukou county do not carry.
  const templateId = templateForOutcome(notice.templateId, recipient.certificateOutcome);
  const { subject, text } = renderNotice(templateId, notice.templateValues, {
    applicantName: recipient.name,
    applicationNumber: recipient.applicationNumber,
    residenceCountyCode: recipient.residenceCountyCode,
    caseKind: recipient.caseKind,
  });
  return {
    status: 'QUEUED',
    templateId,
    subject,
    text,
    maskedRecipient: maskPhone(recipient.phone),
    nextAttemptAt: now,
  };
}
