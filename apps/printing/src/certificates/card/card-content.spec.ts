import type { LocalDate } from '@tongban/domain';
import { cardContent, categoryAndLevel, issuingFederation, verificationUrl } from './card-content';

const FACTS = {
  holderName: '张三',
  holderIdNumber: '11010519491231002X',
  issuedOn: '2026-05-20' as LocalDate,
  certificateNumber: '11010519491231002X42',
  category: 'PHYSICAL' as const,
  level: 2 as const,
  validFrom: '2026-05-20' as LocalDate,
  validThrough: '2036-05-19' as LocalDate,
  issuingCountyCode: '220122',
  verificationToken: 'AbC-_0123456789abcdefghijklmnopqrstuvwxyzAB',
};

describe('card content', () => {
  it('prints the fields of the national card: name, sex and birth date from the ID number, number, category and level, issue date, validity, issuer', () => {
    expect(cardContent(FACTS, 'https://verify.example.cn')).toEqual({
      title: '中华人民共和国残疾人证',
      fields: [
        { label: '姓名', value: '张三' },
        { label: '性别', value: '女' },
        { label: '出生日期', value: '1949年12月31日' },
        { label: '证号', value: '11010519491231002X42' },
        { label: '类别等级', value: '肢体残疾 二级' },
        { label: '发证日期', value: '2026年05月20日' },
        { label: '有效期', value: '2026.05.20-2036.05.19' },
      ],
      issuer: { label: '发证机关', value: '农安县残疾人联合会' },
      verificationUrl:
        'https://verify.example.cn/verify/AbC-_0123456789abcdefghijklmnopqrstuvwxyzAB',
      qrCaption: '扫码核验',
    });
  });

  it("reads sex and birth date from the holder's ID number (GB 11643-1999)", () => {
    const fields = cardContent(
      { ...FACTS, holderIdNumber: '110105198001010112' },
      'http://h',
    ).fields;
    expect(fields.find((f) => f.label === '性别')?.value).toBe('男');
    expect(fields.find((f) => f.label === '出生日期')?.value).toBe('1980年01月01日');
  });

  it.each([
    ['VISION', 1, '视力残疾 一级'],
    ['HEARING', 3, '听力残疾 三级'],
    ['INTELLECTUAL', 4, '智力残疾 四级'],
    ['MULTIPLE', 1, '多重残疾 一级'],
  ] as const)('names %s level %i as %s', (category, level, text) => {
    expect(categoryAndLevel(category, level)).toBe(text);
  });

  it('names the federation of districts and county-level cities from the division data', () => {
    expect(issuingFederation('320106')).toBe('鼓楼区残疾人联合会');
    expect(issuingFederation('110105')).toBe('朝阳区残疾人联合会');
  });

  it('refuses a county code that is not a division, naming the field', () => {
    expect(() => issuingFederation('329999')).toThrow(/issuingCountyCode: 329999 is not a county/);
  });

  it('puts nothing but the token in the QR URL, whatever the base looks like', () => {
    expect(verificationUrl('http://127.0.0.1:3005/', 'tok_en')).toBe(
      'http://127.0.0.1:3005/verify/tok_en',
    );
    const url = cardContent(FACTS, 'http://h').verificationUrl;
    expect(url).not.toContain(FACTS.certificateNumber);
    expect(url).not.toContain('110105');
  });
});
