import { captureError } from '../__tests__/capture-error';
import { parseLocalDate } from '../calendar/local-date';
import { DomainRuleViolation, IllegalTransitionError } from '../errors/domain-errors';
import {
  CERTIFICATE_STATES,
  FINAL_CERTIFICATE_STATES,
  nextCertificateState,
  unmigratedCardAction,
  type CertificateEvent,
  type CertificateState,
} from './lifecycle';

const d = parseLocalDate;
const moved = d('2025-03-31');
const freeze: CertificateEvent = {
  type: 'FREEZE_UNMIGRATED',
  hukouMovedOn: moved,
  verifiedOn: d('2025-10-01'),
};
const cancelUnmigrated: CertificateEvent = {
  type: 'CANCEL_UNMIGRATED',
  hukouMovedOn: moved,
  verifiedOn: d('2026-04-01'),
};

describe('certificate lifecycle', () => {
  it.each([
    ['2025-09-30', 'NONE', 'exactly six months is not "more than half a year"'],
    ['2025-10-01', 'MAY_FREEZE', 'the day after six months'],
    ['2026-03-31', 'MAY_FREEZE', 'exactly one year'],
    ['2026-04-01', 'MAY_CANCEL', 'more than one year'],
  ])('R21: hukou moved 2025-03-31, on %s the original county may: %s (%s)', (on, action) => {
    expect(unmigratedCardAction(moved, d(on))).toBe(action);
  });

  it.each<[string, CertificateState, CertificateEvent, CertificateState]>([
    ['R21', 'ACTIVE', freeze, 'FROZEN'],
    ['R21', 'ACTIVE', cancelUnmigrated, 'CANCELLED'],
    ['R21', 'FROZEN', cancelUnmigrated, 'CANCELLED'],
    ['R23', 'ACTIVE', { type: 'CANCEL', caseKind: 'CANCELLATION_FULL' }, 'CANCELLED'],
    ['R23', 'FROZEN', { type: 'CANCEL', caseKind: 'CANCELLATION_FULL' }, 'CANCELLED'],
    ['R14', 'ACTIVE', { type: 'CANCEL', caseKind: 'RENEWAL_EXPIRY' }, 'CANCELLED'],
    ['R15', 'ACTIVE', { type: 'SUPERSEDE', caseKind: 'RENEWAL_EXPIRY' }, 'SUPERSEDED'],
    ['R16', 'ACTIVE', { type: 'SUPERSEDE', caseKind: 'RENEWAL_DAMAGED' }, 'SUPERSEDED'],
    ['R17', 'ACTIVE', { type: 'SUPERSEDE', caseKind: 'RENEWAL_DATA_UPDATE' }, 'SUPERSEDED'],
    ['R19', 'ACTIVE', { type: 'MIGRATE_OUT' }, 'MIGRATED_OUT'],
    ['R19', 'FROZEN', { type: 'MIGRATE_OUT' }, 'MIGRATED_OUT'],
    ['R19', 'REPORTED_LOST', { type: 'MIGRATE_OUT' }, 'MIGRATED_OUT'],
    ['R22', 'ACTIVE', { type: 'REPORT_LOST' }, 'REPORTED_LOST'],
    ['R22', 'ACTIVE', { type: 'SUPERSEDE', caseKind: 'LOSS_REPLACEMENT' }, 'SUPERSEDED'],
    ['R22', 'REPORTED_LOST', { type: 'SUPERSEDE', caseKind: 'LOSS_REPLACEMENT' }, 'SUPERSEDED'],
    ['R23', 'REPORTED_LOST', { type: 'CANCEL', caseKind: 'CANCELLATION_FULL' }, 'CANCELLED'],
    ['R21', 'REPORTED_LOST', cancelUnmigrated, 'CANCELLED'],
    ['R23', 'ACTIVE', { type: 'SUPERSEDE', caseKind: 'CANCELLATION_PARTIAL' }, 'SUPERSEDED'],
    ['R24', 'ACTIVE', { type: 'SUPERSEDE', caseKind: 'CATEGORY_LEVEL_CHANGE' }, 'SUPERSEDED'],
  ])('%s: %s --%j--> %s', (rule, from, event, to) => {
    expect(nextCertificateState(from, event)).toEqual({ from, to, rule });
  });

  it.each<[string, CertificateState, CertificateEvent]>([
    ['R21', 'FROZEN', freeze],
    ['R21', 'FROZEN', { type: 'SUPERSEDE', caseKind: 'RENEWAL_EXPIRY' }],
    ['R21', 'FROZEN', { type: 'SUPERSEDE', caseKind: 'LOSS_REPLACEMENT' }],
    ['R21', 'FROZEN', { type: 'CANCEL', caseKind: 'RENEWAL_EXPIRY' }],
    ['R21', 'FROZEN', { type: 'REPORT_LOST' }],
    ['R21', 'REPORTED_LOST', freeze],
    ['R22', 'REPORTED_LOST', { type: 'REPORT_LOST' }],
    ['R22', 'REPORTED_LOST', { type: 'SUPERSEDE', caseKind: 'RENEWAL_EXPIRY' }],
    ['R22', 'REPORTED_LOST', { type: 'CANCEL', caseKind: 'RENEWAL_EXPIRY' }],
    ['R23', 'CANCELLED', { type: 'MIGRATE_OUT' }],
    ['R23', 'CANCELLED', { type: 'CANCEL', caseKind: 'CANCELLATION_FULL' }],
    ['R23', 'SUPERSEDED', freeze],
    ['R23', 'SUPERSEDED', { type: 'REPORT_LOST' }],
    ['R19', 'MIGRATED_OUT', { type: 'SUPERSEDE', caseKind: 'RENEWAL_EXPIRY' }],
    ['R19', 'MIGRATED_OUT', { type: 'MIGRATE_OUT' }],
  ])('%s: %s refuses %j with IllegalTransitionError', (rule, from, event) => {
    const error = captureError(() => nextCertificateState(from, event));
    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect(error).toMatchObject({ from, event: event.type, rule, machine: 'certificate' });
  });

  it.each<[CertificateEvent, string]>([
    [{ ...freeze, verifiedOn: d('2025-09-30') }, 'six months'],
    [{ ...cancelUnmigrated, verifiedOn: d('2026-03-31') }, 'one year'],
  ])('R21: freezing or cancelling too early is refused (%#)', (event, period) => {
    const error = captureError(() => nextCertificateState('ACTIVE', event));
    expect(error).toBeInstanceOf(DomainRuleViolation);
    expect(error).toMatchObject({ rule: 'R21', field: 'verifiedOn', code: 'TOO_EARLY' });
    expect((error as Error).message).toContain(period);
  });

  it('every state is either final or left by some event (no dead ends besides the final ones)', () => {
    const events: CertificateEvent[] = [
      freeze,
      cancelUnmigrated,
      { type: 'CANCEL', caseKind: 'CANCELLATION_FULL' },
      { type: 'REPORT_LOST' },
      { type: 'MIGRATE_OUT' },
    ];
    for (const state of CERTIFICATE_STATES) {
      const leaves = events.some((event) => {
        try {
          return nextCertificateState(state, event).to !== state;
        } catch {
          return false;
        }
      });
      expect([state, leaves]).toEqual([state, !FINAL_CERTIFICATE_STATES.includes(state)]);
    }
  });

  it('R21: a card unmigrated for over a year may also still be frozen', () => {
    expect(nextCertificateState('ACTIVE', { ...freeze, verifiedOn: d('2026-06-01') }).to).toBe(
      'FROZEN',
    );
  });
});
