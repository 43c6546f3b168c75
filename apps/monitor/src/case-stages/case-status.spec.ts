import { caseStatusOf, isLaterChange } from './case-status';

describe('where a case stands for national monitoring', () => {
  it('is open while a county still owes work, completed once approved, closed when refused', () => {
    expect(caseStatusOf('ACCEPTANCE', 'COMPLETED')).toBe('OPEN');
    expect(caseStatusOf('PUBLICITY', 'COMPLETED')).toBe('OPEN');
    expect(caseStatusOf('APPROVAL', 'ENTERED')).toBe('OPEN');
    expect(caseStatusOf('APPROVAL', 'RETURNED')).toBe('OPEN'); // R11: back to the residence county
    expect(caseStatusOf('APPROVAL', 'COMPLETED')).toBe('COMPLETED');
    expect(caseStatusOf('MAILING', 'COMPLETED')).toBe('COMPLETED');
    expect(caseStatusOf('ACCEPTANCE', 'CLOSED')).toBe('CLOSED');
  });

  it('orders changes by business day, then envelope time, then event id — never by arrival', () => {
    const at = (occurredOn: string, iso: string, eventId = 'b') => ({
      occurredOn,
      occurredAt: new Date(iso),
      eventId,
    });
    // A later day wins even if its envelope clock was behind.
    expect(
      isLaterChange(
        at('2026-11-25', '2026-11-24T23:00:00Z'),
        at('2026-11-24', '2026-11-24T23:30:00Z'),
      ),
    ).toBe(true);
    expect(
      isLaterChange(
        at('2026-11-24', '2026-11-24T02:00:00Z'),
        at('2026-11-24', '2026-11-24T03:00:00Z'),
      ),
    ).toBe(false);
    const same = '2026-11-24T02:00:00Z';
    expect(isLaterChange(at('2026-11-24', same, 'b'), at('2026-11-24', same, 'a'))).toBe(true);
    expect(isLaterChange(at('2026-11-24', same, 'a'), at('2026-11-24', same, 'a'))).toBe(false);
  });

  it('lets the case’s flow decide between changes stamped at the same moment', () => {
    const same = { occurredOn: '2026-12-08', occurredAt: new Date('2026-12-08T02:00:00Z') };
    const approvalEntered = {
      ...same,
      eventId: 'z',
      stage: 'APPROVAL',
      transition: 'ENTERED',
    } as const;
    const approvalCompleted = {
      ...same,
      eventId: 'a',
      stage: 'APPROVAL',
      transition: 'COMPLETED',
    } as const;
    const publicityCompleted = {
      ...same,
      eventId: 'y',
      stage: 'PUBLICITY',
      transition: 'COMPLETED',
    } as const;
    expect(isLaterChange(approvalCompleted, approvalEntered)).toBe(true);
    expect(isLaterChange(approvalEntered, approvalCompleted)).toBe(false);
    expect(isLaterChange(approvalEntered, publicityCompleted)).toBe(true);
  });
});
