import type { LocalDate } from '@tongban/domain';
import { deadlineDates } from './deadline-dates';

describe('deadlineDates', () => {
  it('R25: materials complete 2026-09-30 → due 2026-10-10 (make-up Saturday), warned the working day before', () => {
    // 2026-10-01..08 is the National Day holiday; 2026-10-09 (Fri) is the last working day before the 10th.
    expect(deadlineDates('R25', '2026-09-30' as LocalDate)).toEqual({
      dueOn: '2026-10-10',
      warnOn: '2026-10-09',
      provisional: false,
    });
  });

  it('R27: seven working days from a Monday end the next Tuesday; the warning is Monday', () => {
    expect(deadlineDates('R27', '2026-11-16' as LocalDate)).toEqual({
      dueOn: '2026-11-25',
      warnOn: '2026-11-24',
      provisional: false,
    });
  });

  it('R26: a period reaching into a year without a loaded schedule is provisional, never silently final', () => {
    expect(deadlineDates('R26', '2026-12-28' as LocalDate).provisional).toBe(true);
  });
});
