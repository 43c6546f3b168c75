import { datePartsOf, findCounty, parseLocalDate } from '@tongban/domain';

/** A YYYY-MM-DD date as written in Chinese notices: 2026年10月10日. */
export function chineseDate(value: string): string {
  const { year, month, day } = datePartsOf(parseLocalDate(value));
  return `${year}年${month}月${day}日`;
}

/** Reasons as one sentence; the applicant is told there were none given rather than nothing. */
export function reasonsText(reasons: readonly string[]): string {
  const given = reasons.map((reason) => reason.trim().replace(/[。；;]+$/, '')).filter(Boolean);
  return given.length > 0 ? given.join('；') : '未注明，请与我们联系了解详情';
}

// Prefecture names the division table keeps as published but that are not places.
const NOT_A_CITY = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/**
 * The county disability federation (残联) of a county code, named with its city so that the
 * many 鼓楼区 and 朝阳区 stay distinct: 南京市鼓楼区残联, 北京市朝阳区残联.
 */
export function federationName(countyCode: string): string {
  const county = findCounty(countyCode);
  if (!county) return `${countyCode}县级残联`;
  const parent = NOT_A_CITY.has(county.cityName) ? county.provinceName : county.cityName;
  const prefix = parent && parent !== county.name ? parent : '';
  return `${prefix}${county.name}残联`;
}
