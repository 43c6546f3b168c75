import { parseLocalDate } from '../calendar/local-date';
import { workingDaysWithoutLogin } from './login-compliance';

const d = parseLocalDate;

describe('staff login compliance', () => {
  it('R31: working days without a login are listed; holidays and weekends are not, make-up days are', () => {
    const result = workingDaysWithoutLogin({
      loginDates: [d('2026-09-30'), d('2026-10-08')],
      from: d('2026-09-30'),
      to: d('2026-10-11'),
    });
    expect(result).toEqual({
      value: ['2026-10-09', '2026-10-10'],
      provisional: false,
      unknownYears: [],
    });
  });

  it('R31: a period reaching an unloaded year is provisional', () => {
    const result = workingDaysWithoutLogin({
      loginDates: [],
      from: d('2026-12-31'),
      to: d('2027-01-04'),
    });
    expect(result).toMatchObject({ provisional: true, unknownYears: [2027] });
  });
});
