import { maskPhone } from '../privacy/mask-phone';
import { renderNotice } from '../templates';
import { CaseRecipient } from './case-recipient.entity';
import { Notice } from './notice.entity';

/** A notice rendered for its recipient and queued for the dispatcher from `now`. */
export function addressNotice(
  notice: Pick<Notice, 'templateId' | 'templateValues'>,
  recipient: CaseRecipient,
  now: Date,
): Pick<Notice, 'status' | 'subject' | 'text' | 'maskedRecipient' | 'nextAttemptAt'> {
  const { subject, text } = renderNotice(notice.templateId, notice.templateValues, {
    applicantName: recipient.name,
    applicationNumber: recipient.applicationNumber,
    residenceCountyCode: recipient.residenceCountyCode,
  });
  return {
    status: 'QUEUED',
    subject,
    text,
    maskedRecipient: maskPhone(recipient.phone),
    nextAttemptAt: now,
  };
}
