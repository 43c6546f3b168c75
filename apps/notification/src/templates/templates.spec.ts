import {
  Addressee,
  chineseDate,
  federationName,
  fillTemplate,
  NOTICE_TEMPLATES,
  placeholdersOf,
  reasonsText,
  renderNotice,
  TEMPLATE_IDS,
  TemplateId,
  TemplateValueMissingError,
  TemplateValues,
  templateForOutcome,
} from '.';

const ADDRESSEE: Addressee = {
  applicantName: '张三',
  applicationNumber: 'TB320106-2026-000123',
  residenceCountyCode: '320106',
};

/** The values each template's event supplies, as the notice drafts produce them. */
const EVENT_VALUES: Record<TemplateId, TemplateValues> = {
  APPLICATION_ACCEPTED: {},
  APPLICATION_ACCEPTED_TO_HUKOU: {},
  APPLICATION_REFUSED: { reasons: reasonsText(['居住证已过期', '缺少户口簿复印件']) },
  INSTITUTION_DESIGNATED: {
    designatedOn: chineseDate('2026-10-10'),
    institutionName: '南京市鼓楼医院残疾评定中心',
    institutionAddress: '南京市鼓楼区中山路321号',
  },
  INSTITUTION_DESIGNATED_HOME_VISIT: {
    designatedOn: chineseDate('2026-10-10'),
    institutionName: '南京市鼓楼医院残疾评定中心',
    institutionAddress: '南京市鼓楼区中山路321号',
  },
  PUBLICITY_STARTED: { startsOn: chineseDate('2026-11-02'), endsOn: chineseDate('2026-11-06') },
  CASE_APPROVED: {
    decidedOn: chineseDate('2026-11-12'),
    hukouFederation: federationName('220122'),
  },
  CASE_APPROVED_CANCELLED: {
    decidedOn: chineseDate('2026-11-12'),
    hukouFederation: federationName('220122'),
  },
  CASE_REJECTED: {
    decidedOn: chineseDate('2026-11-12'),
    hukouFederation: federationName('220122'),
    reasons: reasonsText(['评定表缺少机构印章（R3）']),
  },
  CERTIFICATE_DISPATCHED: {
    hukouFederation: federationName('220122'),
    dispatchedOn: chineseDate('2026-11-16'),
    courier: '中国邮政EMS',
    waybillNumber: '1187654321098',
    validFrom: chineseDate('2026-11-13'),
    validUntil: chineseDate('2036-11-13'),
  },
};

describe('notice templates', () => {
  it.each(TEMPLATE_IDS)(
    '%s renders with every placeholder filled and nothing undefined',
    (templateId) => {
      const { subject, text } = renderNotice(templateId, EVENT_VALUES[templateId], ADDRESSEE);
      expect(text).not.toMatch(/[{}]/);
      expect(`${subject}${text}`).not.toMatch(/undefined|null|NaN|\[object/);
      expect(text.startsWith('【南京市鼓楼区残联】张三您好：')).toBe(true);
      expect(text).toContain('TB320106-2026-000123');
      expect(subject).toBe(`${NOTICE_TEMPLATES[templateId].title}（申请编号TB320106-2026-000123）`);
      for (const value of Object.values(EVENT_VALUES[templateId])) expect(text).toContain(value);
    },
  );

  it('titles every template as one of the six notices, in Chinese', () => {
    expect(new Set(TEMPLATE_IDS.map((id) => NOTICE_TEMPLATES[id].title))).toEqual(
      new Set([
        '受理通知',
        '不予受理通知',
        '指定评定机构通知',
        '公示通知',
        '审批结果通知',
        '寄送通知',
      ]),
    );
  });

  it('uses only placeholders that the addressee or the event supply', () => {
    for (const templateId of TEMPLATE_IDS) {
      const supplied = new Set([
        'federation',
        'applicantName',
        'applicationNumber',
        'matter',
        ...Object.keys(EVENT_VALUES[templateId]),
      ]);
      const unknown = placeholdersOf(NOTICE_TEMPLATES[templateId].body).filter(
        (name) => !supplied.has(name),
      );
      expect(unknown).toEqual([]);
    }
  });

  it('tells the home-visit applicant the institution comes to them (R33)', () => {
    const { text } = renderNotice(
      'INSTITUTION_DESIGNATED_HOME_VISIT',
      EVENT_VALUES.INSTITUTION_DESIGNATED_HOME_VISIT,
      ADDRESSEE,
    );
    expect(text).toContain('上门');
    expect(text).toContain('南京市鼓楼区中山路321号');
  });

  it('names the matter applied for, and the general one for a case refused before acceptance', () => {
    const loss = renderNotice(
      'APPLICATION_ACCEPTED_TO_HUKOU',
      {},
      {
        ...ADDRESSEE,
        caseKind: 'LOSS_REPLACEMENT',
      },
    );
    expect(loss.text).toContain('您的残疾人证“跨省通办”（挂失补办）申请已受理');
    expect(loss.text).toContain('转至户籍地残联审核');
    expect(loss.text).not.toContain('评定机构');
    const refused = renderNotice(
      'APPLICATION_REFUSED',
      EVENT_VALUES.APPLICATION_REFUSED,
      ADDRESSEE,
    );
    expect(refused.text).toContain('您的残疾人证“跨省通办”申请（申请编号');
  });

  it('R23: an approval that cancels the card says it is cancelled, and promises nothing in the post', () => {
    expect(templateForOutcome('CASE_APPROVED', 'CANCEL')).toBe('CASE_APPROVED_CANCELLED');
    expect(templateForOutcome('CASE_APPROVED', 'REPLACE')).toBe('CASE_APPROVED');
    expect(templateForOutcome('CASE_REJECTED', 'CANCEL')).toBe('CASE_REJECTED');
    const { text } = renderNotice('CASE_APPROVED_CANCELLED', EVENT_VALUES.CASE_APPROVED_CANCELLED, {
      ...ADDRESSEE,
      caseKind: 'CANCELLATION_FULL',
    });
    expect(text).toContain('已注销');
    expect(text).not.toMatch(/寄送|快递/);
  });

  it('says cash on delivery when the card is mailed (R29)', () => {
    const { text } = renderNotice(
      'CERTIFICATE_DISPATCHED',
      EVENT_VALUES.CERTIFICATE_DISPATCHED,
      ADDRESSEE,
    );
    expect(text).toContain('到付');
    expect(text).toContain('运单号1187654321098');
  });

  it.each([
    ['a missing value', {}],
    ['an empty value', { reasons: ' ' }],
    ['the text "undefined"', { reasons: 'undefined' }],
    ['the text "null"', { reasons: 'null' }],
  ])('refuses to render with %s, naming the placeholder', (_label, values) => {
    expect(() => renderNotice('APPLICATION_REFUSED', values, ADDRESSEE)).toThrow(
      new TemplateValueMissingError(['reasons']),
    );
  });

  it('refuses to render for an addressee without an application number', () => {
    expect(() =>
      renderNotice('APPLICATION_ACCEPTED', {}, { ...ADDRESSEE, applicationNumber: '' }),
    ).toThrow(/applicationNumber/);
  });
});

describe('template values', () => {
  it('writes dates the Chinese way', () => {
    expect(chineseDate('2026-10-01')).toBe('2026年10月1日');
  });

  it('joins reasons into one sentence and never leaves them blank', () => {
    expect(reasonsText(['居住证已过期。', ' 缺少照片 '])).toBe('居住证已过期；缺少照片');
    expect(reasonsText([])).toBe('未注明，请与我们联系了解详情');
    expect(reasonsText(['', ' '])).toBe('未注明，请与我们联系了解详情');
  });

  it('names the federation with its city, or its province for a municipality', () => {
    expect(federationName('320106')).toBe('南京市鼓楼区残联');
    expect(federationName('110105')).toBe('北京市朝阳区残联');
    expect(federationName('999999')).toBe('999999县级残联');
  });

  it('fills repeated placeholders everywhere', () => {
    expect(fillTemplate('{a}和{a}', { a: '甲' })).toBe('甲和甲');
  });
});
