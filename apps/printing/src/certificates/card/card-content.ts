import {
  CATEGORY_INFO,
  LEVEL_NAMES_ZH,
  requireCounty,
  type DisabilityCategory,
  type DisabilityLevel,
  type LocalDate,
} from '@tongban/domain';

/** What a card states about its holder and itself. */
export interface CardFacts {
  holderName: string;
  certificateNumber: string;
  category: DisabilityCategory;
  level: DisabilityLevel;
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

/** The text of a card: name, number, category and level in Chinese, validity, issuer, QR URL. */
export function cardContent(facts: CardFacts, verifyBaseUrl: string): CardContent {
  return {
    title: CARD_TITLE,
    fields: [
      { label: '姓名', value: facts.holderName },
      { label: '证号', value: facts.certificateNumber },
      { label: '类别等级', value: categoryAndLevel(facts.category, facts.level) },
      { label: '有效期', value: `${dotted(facts.validFrom)}-${dotted(facts.validThrough)}` },
    ],
    issuer: { label: '发证机关', value: issuingFederation(facts.issuingCountyCode) },
    verificationUrl: verificationUrl(verifyBaseUrl, facts.verificationToken),
    qrCaption: '扫码核验',
  };
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
