import { CASE_KIND_INFO, type CaseKind, type CertificateOutcome } from '@tongban/domain';
import { fillTemplate, TemplateValues } from './fill-template';
import { NOTICE_TEMPLATES, TemplateId } from './notice-templates';
import { federationName } from './template-values';

/** Who a notice is addressed to: what every template needs besides its event's values. */
export interface Addressee {
  readonly applicantName: string;
  readonly applicationNumber: string;
  /** The residence county, which sends every notice (its federation signs the text). */
  readonly residenceCountyCode: string;
  /** The matter applied for, named in the text; unknown for a case refused before acceptance. */
  readonly caseKind?: CaseKind | null;
}

/** How a notice names the matter: 残疾人证“跨省通办”（挂失补办）. */
export function matterOf(caseKind: CaseKind | null | undefined): string {
  return caseKind
    ? `残疾人证“跨省通办”（${CASE_KIND_INFO[caseKind].nameZh}）`
    : '残疾人证“跨省通办”';
}

/**
 * The text a case's outcome calls for where an event's template is general: an approval that
 * cancels the card says so instead of promising one in the post (R23).
 */
export function templateForOutcome(
  templateId: TemplateId,
  outcome: CertificateOutcome | null | undefined,
): TemplateId {
  return templateId === 'CASE_APPROVED' && outcome === 'CANCEL'
    ? 'CASE_APPROVED_CANCELLED'
    : templateId;
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
    matter: matterOf(addressee.caseKind),
  });
  return { subject: `${template.title}（申请编号${addressee.applicationNumber}）`, text };
}
