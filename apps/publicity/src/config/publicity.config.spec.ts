import { loadConfig } from '@tongban/config';
import { aServiceEnvironment } from '@tongban/testing';
import { PublicityConfig } from './publicity.config';

describe('publicity configuration: notice periods per county', () => {
  it('uses the node default for a county without its own period', () => {
    const config = loadConfig(
      PublicityConfig,
      aServiceEnvironment({ PUBLICITY_WORKING_DAYS: '6' }),
    );
    expect(config.noticePeriodOf('320106')).toBe(6);
  });

  it('uses a county’s own period where one is given', () => {
    const config = loadConfig(
      PublicityConfig,
      aServiceEnvironment({ PUBLICITY_WORKING_DAYS_BY_COUNTY: ' 320102=7 , 320106=5' }),
    );
    expect(config.noticePeriodOf('320102')).toBe(7);
    expect(config.noticePeriodOf('320106')).toBe(5);
  });

  it('refuses to start on bad pairs, naming every problem in one message', () => {
    expect(() =>
      loadConfig(
        PublicityConfig,
        aServiceEnvironment({
          PUBLICITY_WORKING_DAYS_BY_COUNTY: '320102=7,320102=8,110105=5,320106=0,320106:5',
        }),
      ),
    ).toThrow(
      new RegExp(
        [
          'PUBLICITY_WORKING_DAYS_BY_COUNTY: 320102 is given twice',
          '110105 is not among the counties this node serves \\(COUNTY_CODES\\)',
          '320106: 0 working days is outside 1–30',
          '"320106:5" is not county=days, e.g. 320106=7',
        ].join('; '),
      ),
    );
  });
});
