import { changesDischarging, dischargesDuty, rulesDischargedBy } from './alert-resolution';

describe('which stage change discharges a time limit', () => {
  it('R25 by the designation that opens assessment, not by acceptance', () => {
    expect(dischargesDuty('R25', 'ASSESSMENT', 'ENTERED')).toBe(true);
    expect(dischargesDuty('R25', 'ACCEPTANCE', 'COMPLETED')).toBe(false);
  });

  it('R26 only by completed publicity: an upheld objection keeps the duty open', () => {
    expect(dischargesDuty('R26', 'PUBLICITY', 'COMPLETED')).toBe(true);
    expect(dischargesDuty('R26', 'PUBLICITY', 'RETURNED')).toBe(false);
    expect(dischargesDuty('R26', 'ASSESSMENT', 'COMPLETED')).toBe(false);
  });

  it('R27 by mailing or by a return for want of jurisdiction (R11), not by approval alone', () => {
    expect(rulesDischargedBy('APPROVAL', 'COMPLETED')).not.toContain('R27');
    expect(rulesDischargedBy('APPROVAL', 'RETURNED')).toContain('R27');
    expect(changesDischarging('R27')).toEqual(
      expect.arrayContaining([
        { stage: 'MAILING', transition: 'COMPLETED' },
        { stage: 'APPROVAL', transition: 'RETURNED' },
      ]),
    );
  });

  it('every duty ends when the case is closed', () => {
    expect(rulesDischargedBy('ACCEPTANCE', 'CLOSED')).toEqual(['R25', 'R26', 'R27']);
  });
});
