/**
 * The Chinese texts of every notice the residence county sends (R5, R8, R10–R12, R29).
 * `{name}` marks a placeholder; rendering refuses a template with any placeholder unfilled.
 * Every notice opens with the sending federation's signature, as SMS gateways in China
 * require, and names the application number so the applicant can quote it at the counter.
 */
export interface NoticeTemplate {
  /** The notice's name, e.g. 受理通知; also the subject of an email. */
  readonly title: string;
  readonly body: string;
}

export const NOTICE_TEMPLATES = {
  // R5, R25: accepted with complete materials; the institution follows within 3 working days.
  APPLICATION_ACCEPTED: {
    title: '受理通知',
    body:
      '【{federation}】{applicantName}您好：您的{matter}申请已受理，申请编号{applicationNumber}。' +
      '我们将在3个工作日内告知您指定的残疾评定机构，请保持电话畅通。',
  },
  // R16, R17, R22, R23: no assessment in the plan; acceptance sends the case to the hukou county.
  APPLICATION_ACCEPTED_TO_HUKOU: {
    title: '受理通知',
    body:
      '【{federation}】{applicantName}您好：您的{matter}申请已受理，申请编号{applicationNumber}。' +
      '材料已转至户籍地残联审核，审核结果将另行通知，请保持电话畅通。',
  },
  // R5, R7: refused, with every reason at once.
  APPLICATION_REFUSED: {
    title: '不予受理通知',
    body:
      '【{federation}】{applicantName}您好：您的{matter}申请（申请编号{applicationNumber}）不予受理，' +
      '原因：{reasons}。如有疑问，请到{federation}咨询。',
  },
  // R8: the designated institution, its address, and what to bring.
  INSTITUTION_DESIGNATED: {
    title: '指定评定机构通知',
    body:
      '【{federation}】{applicantName}您好：您的{matter}申请（申请编号{applicationNumber}）已于{designatedOn}' +
      '指定残疾评定机构：{institutionName}，地址：{institutionAddress}。' +
      '请携带身份证件、户口簿及近期二寸白底彩色免冠照片前往评定，评定费用及减免按当地规定执行。',
  },
  // R8, R33: severely disabled with limited mobility — the institution comes to the applicant.
  INSTITUTION_DESIGNATED_HOME_VISIT: {
    title: '指定评定机构通知',
    body:
      '【{federation}】{applicantName}您好：您的{matter}申请（申请编号{applicationNumber}）已于{designatedOn}' +
      '指定残疾评定机构：{institutionName}（地址：{institutionAddress}）。' +
      '根据您的情况，评定机构将上门为您评定，工作人员会提前与您联系，请保持电话畅通。',
  },
  // R10: the publicity period; without objection the case goes to the hukou county.
  PUBLICITY_STARTED: {
    title: '公示通知',
    body:
      '【{federation}】{applicantName}您好：您的残疾评定结论（申请编号{applicationNumber}）' +
      '于{startsOn}至{endsOn}进行公示。公示无异议的，相关材料将转至户籍地残联审核。',
  },
  // R11: approved by the hukou county; R12, R29: the card follows by express, cash on delivery.
  CASE_APPROVED: {
    title: '审批结果通知',
    body:
      '【{federation}】{applicantName}您好：您的{matter}申请（申请编号{applicationNumber}）已于{decidedOn}' +
      '经户籍地{hukouFederation}审核通过。残疾人证制作完成后将通过快递寄送给您，快递费用到付。',
  },
  // R23: a full cancellation is done at approval; nothing is printed or mailed.
  CASE_APPROVED_CANCELLED: {
    title: '审批结果通知',
    body:
      '【{federation}】{applicantName}您好：您的{matter}申请（申请编号{applicationNumber}）已于{decidedOn}' +
      '经户籍地{hukouFederation}审核通过，您的残疾人证已注销。交回的旧证由{federation}保管一年后销毁。',
  },
  // R11: rejected by the hukou county, with its reasons.
  CASE_REJECTED: {
    title: '审批结果通知',
    body:
      '【{federation}】{applicantName}您好：您的{matter}申请（申请编号{applicationNumber}）经户籍地' +
      '{hukouFederation}审核，于{decidedOn}未予通过，原因：{reasons}。如有疑问，请到{federation}咨询。',
  },
  // R12, R29: mailed by express, the applicant pays on delivery.
  CERTIFICATE_DISPATCHED: {
    title: '寄送通知',
    body:
      '【{federation}】{applicantName}您好：您的残疾人证（申请编号{applicationNumber}）已由户籍地' +
      '{hukouFederation}于{dispatchedOn}通过{courier}寄出，运单号{waybillNumber}，' +
      '快递费用到付，请注意查收。证件有效期{validFrom}至{validUntil}。',
  },
} as const satisfies Record<string, NoticeTemplate>;

export type TemplateId = keyof typeof NOTICE_TEMPLATES;

export const TEMPLATE_IDS = Object.keys(NOTICE_TEMPLATES) as TemplateId[];
