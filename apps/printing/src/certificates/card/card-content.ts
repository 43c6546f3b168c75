import {
  CATEGORY_INFO,
  LEVEL_NAMES_ZH,
  parseResidentId,
  requireCounty,
  type Sex,
  type DisabilityCategory,
  type DisabilityLevel,
  type LocalDate,
} from '@tongban/domain';

/** What a card states about its holder and itself. */
export interface CardFacts {
  holderName: string;
  /** Sex and birth date are read from it (GB 11643-1999); the number itself is in the certificate number. */
  holderIdNumber: string;
  certificateNumber: string;
  category: DisabilityCategory;
  level: DisabilityLevel;
  issuedOn: LocalDate;
  validFrom: LocalDate;
  validThrough: LocalDate;
  issuingCountyCode: string;
  verificationToken: string;
}

/** One labelled line of the card. */
export interface CardField {
  label: string;
  value: string;
}

/** Everything printed on a card, as text, before any layout. */
export interface CardContent {
  title: string;
  fields: CardField[];
  /** Shown under the photo: the federation of the hukou county (R11). */
  issuer: CardField;
  /** Encoded in the QR code: the public verification page of this card. */
  verificationUrl: string;
  qrCaption: string;
}

export const CARD_TITLE = '中华人民共和国残疾人证';

/**
 * The text of a card, in the order of the second-generation 中华人民共和国残疾人证 (中国残联
 * 统一制发, 2008): the holder's page shows 姓名, the certificate number, the issue date and the
 * validity next to the photo; the details page 性别 and 出生日期, 残疾类别 and 残疾等级, and the
 * seal of the issuing federation (described at http://m.studyofnet.com/518887468.html; the
 * 残疾人证管理办法 leaves the design to 中国残联). 民族, 住址, phone numbers and the guardian are
 * left off: intake does not collect 民族 or the 住址 of the hukou booklet, and R32 keeps phone
 * numbers and the guardian's identity off a card its holder shows to strangers.
 */
export function cardContent(facts: CardFacts, verifyBaseUrl: string): CardContent {
  // The number was checked when the case was filed; asOf the issue date only rules out a birth after it.
  const holder = parseResidentId(facts.holderIdNumber, {
    asOf: facts.issuedOn,
    field: 'holderIdNumber',
  });
  return {
    title: CARD_TITLE,
    fields: [
      { label: '姓名', value: facts.holderName },
      { label: '性别', value: SEX_ZH[holder.sex] },
      { label: '出生日期', value: chineseDate(holder.birthDate) },
      { label: '证号', value: facts.certificateNumber },
      { label: '类别等级', value: categoryAndLevel(facts.category, facts.level) },
      { label: '发证日期', value: chineseDate(facts.issuedOn) },
      { label: '有效期', value: `${dotted(facts.validFrom)}-${dotted(facts.validThrough)}` },
    ],
    issuer: { label: '发证机关', value: issuingFederation(facts.issuingCountyCode) },
    verificationUrl: verificationUrl(verifyBaseUrl, facts.verificationToken),
    qrCaption: '扫码核验',
  };
}

const SEX_ZH: Readonly<Record<Sex, string>> = { MALE: '男', FEMALE: '女' };

/** 1949-12-31 → 1949年12月31日, the way birth and issue dates are written on Chinese documents. */
export function chineseDate(date: LocalDate): string {
  const [year, month, day] = date.split('-');
  return `${year}年${month}月${day}日`;
}

/** "肢体残疾 二级": the category and level as a clerk reads them (GB/T 26341-2010). */
export function categoryAndLevel(category: DisabilityCategory, level: DisabilityLevel): string {
  return `${CATEGORY_INFO[category].nameZh} ${LEVEL_NAMES_ZH[level]}`;
}

/** "农安县残疾人联合会": the county federation that issues the card, named from the division data. */
export function issuingFederation(countyCode: string): string {
  return `${requireCounty(countyCode, 'issuingCountyCode').name}残疾人联合会`;
}

/** The public verification URL a card's QR code carries: the token only, nothing personal. */
export function verificationUrl(verifyBaseUrl: string, token: string): string {
  return `${verifyBaseUrl.replace(/\/+$/, '')}/verify/${encodeURIComponent(token)}`;
}

/** 2026-05-20 → 2026.05.20, the way validity dates are printed on cards. */
function dotted(date: LocalDate): string {
  return date.replaceAll('-', '.');
}
