import type { CaseKind } from './case-kind';
import { handsOver, heldByResidence, planHasStage, stageOfStatus } from './case-progression';
import { applyCaseEvent, openCase, type CaseEvent, type CaseSnapshot } from './case-state-machine';

const adult = { applicantIsMinor: false };
const R = 'RESIDENCE' as const;

/** Applies the events in order and returns at which of them the residence county hands over. */
function handOverPoints(start: CaseSnapshot, events: CaseEvent[]): string[] {
  const points: string[] = [];
  events.reduce((before, event) => {
    const after = applyCaseEvent(before, event);
    if (handsOver(before, after)) points.push(event.type);
    return after;
  }, start);
  return points;
}

describe('case progression: where the residence county hands over (R10, R11)', () => {
  it('R10: a new certificate for an adult is handed over when publicity completes', () => {
    expect(
      handOverPoints(openCase('NEW', adult), [
        { type: 'ACCEPT', by: R },
        { type: 'RECORD_CONCLUSION', by: R, meetsStandard: true },
        { type: 'COMPLETE_PUBLICITY', by: R },
        { type: 'APPROVE', by: 'HUKOU' },
      ]),
    ).toEqual(['COMPLETE_PUBLICITY']);
  });

  it('R10: a minor is not publicised, so the conclusion itself hands the case over', () => {
    expect(
      handOverPoints(openCase('NEW', { applicantIsMinor: true }), [
        { type: 'ACCEPT', by: R },
        { type: 'RECORD_CONCLUSION', by: R, meetsStandard: true },
      ]),
    ).toEqual(['RECORD_CONCLUSION']);
  });

  it.each<CaseKind>([
    'RENEWAL_DAMAGED',
    'RENEWAL_DATA_UPDATE',
    'LOSS_REPLACEMENT',
    'CANCELLATION_FULL',
    'CANCELLATION_PARTIAL',
    'MIGRATION',
  ])('%s has no residence stage after acceptance: acceptance hands it over', (kind) => {
    expect(handOverPoints(openCase(kind, adult), [{ type: 'ACCEPT', by: R }])).toEqual(['ACCEPT']);
  });

  it('R9: a conclusion that does not meet the standard keeps the case at the residence county', () => {
    expect(
      handOverPoints(openCase('NEW', adult), [
        { type: 'ACCEPT', by: R },
        { type: 'RECORD_CONCLUSION', by: R, meetsStandard: false },
        { type: 'ACCEPT_CONCLUSION', by: 'APPLICANT' },
      ]),
    ).toEqual([]);
  });

  it('R11: a returned case is the residence county’s again, and re-routing hands it over anew', () => {
    expect(
      handOverPoints(openCase('RENEWAL_DAMAGED', adult), [
        { type: 'ACCEPT', by: R },
        { type: 'RETURN_FOR_JURISDICTION', by: 'HUKOU', reason: '户籍不在本县' },
        { type: 'REROUTE', by: R, countyCode: '220102' },
      ]),
    ).toEqual(['ACCEPT', 'REROUTE']);
  });

  it('knows which stages a plan has and which stage a status belongs to', () => {
    const renewal = openCase('RENEWAL_DAMAGED', adult);
    expect(planHasStage(renewal.plan, 'ASSESSMENT')).toBe(false);
    expect(planHasStage(openCase('NEW', adult).plan, 'PUBLICITY')).toBe(true);
    expect(planHasStage(openCase('NEW', { applicantIsMinor: true }).plan, 'PUBLICITY')).toBe(false);
    expect(stageOfStatus('OBJECTION_REVIEW')).toBe('PUBLICITY');
    expect(stageOfStatus('COMPLETED')).toBeUndefined();
    expect(heldByResidence(renewal)).toBe(true);
    expect(heldByResidence(applyCaseEvent(renewal, { type: 'ACCEPT', by: R }))).toBe(false);
  });
});
