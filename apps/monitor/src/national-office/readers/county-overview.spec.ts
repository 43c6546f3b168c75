import { countyOverviews } from './county-overview';

describe('the national overview', () => {
  it('folds grouped counts into one line per county, ordered by code, with its name', () => {
    const lines = countyOverviews({
      openCases: [
        { countyCode: '320106', stage: 'ASSESSMENT', count: '2' },
        { countyCode: '320106', stage: 'PUBLICITY', count: '1' },
      ],
      finishedCases: [
        { countyCode: '220122', status: 'COMPLETED', count: '3' },
        { countyCode: '320106', status: 'CLOSED', count: '1' },
      ],
      openAlerts: [
        { countyCode: '220122', rule: 'R27', level: 'BREACH', count: '1' },
        { countyCode: '220122', rule: 'R27', level: 'WARNING', count: '2' },
      ],
    });
    expect(lines).toEqual([
      {
        countyCode: '220122',
        countyName: '农安县',
        openCases: { total: 0, byStage: {} },
        completedCases: 3,
        closedCases: 0,
        openAlerts: { R27: { BREACH: 1, WARNING: 2 } },
      },
      {
        countyCode: '320106',
        countyName: '鼓楼区',
        openCases: { total: 3, byStage: { ASSESSMENT: 2, PUBLICITY: 1 } },
        completedCases: 0,
        closedCases: 1,
        openAlerts: {},
      },
    ]);
  });
});
