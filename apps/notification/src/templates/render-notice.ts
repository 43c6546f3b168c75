import { fillTemplate, TemplateValues } from './fill-template';
import { NOTICE_TEMPLATES, TemplateId } from './notice-templates';
import { federationName } from './template-values';

/** Who a notice is addressed to: what every template needs besides its event's values. */
export interface Addressee {
  readonly applicantName: string;
  readonly applicationNumber: string;
  /** The residence county, which sends every notice (its federation signs the text). */
  readonly residenceCountyCode: string;
}

export interface NoticeText {
  readonly subject: string;
  readonly text: string;
}

/** The finished text of a notice; throws if any placeholder would be left unfilled. */
export function renderNotice(
  templateId: TemplateId,
  values: TemplateValues,
  addressee: Addressee,
): NoticeText {
  const template = NOTICE_TEMPLATES[templateId];
  const text = fillTemplate(template.body, {
    ...values,
    federation: federationName(addressee.residenceCountyCode),
    applicantName: addressee.applicantName,
    applicationNumber: addressee.applicationNumber,
  });
  return { subject: `${template.title}（申请编号${addressee.applicationNumber}）`, text };
}
