import { applyCaseEvent, openCase, parseLocalDate, type CaseKind } from '@tongban/domain';
import { collectionRefusal, destructionOffences } from './custody-rules';

const accepted = (kind: CaseKind) =>
  applyCaseEvent(openCase(kind, { applicantIsMinor: false }), { type: 'ACCEPT', by: 'RESIDENCE' });

describe('collectionRefusal (R28)', () => {
  it('allows an accepted renewal, migration, cancellation or change once', () => {
    for (const kind of ['RENEWAL_DAMAGED', 'MIGRATION', 'CANCELLATION_FULL'] as const)
      expect(collectionRefusal(accepted(kind), false)).toBeUndefined();
    expect(collectionRefusal(accepted('RENEWAL_DAMAGED'), true)).toMatchObject({
      status: 409,
      field: 'applicationId',
    });
  });

  it('refuses NEW and LOSS_REPLACEMENT (422 on caseKind), unaccepted and closed cases (409 on status)', () => {
    expect(collectionRefusal(accepted('NEW'), false)).toMatchObject({
      status: 422,
      field: 'caseKind',
    });
    expect(collectionRefusal(accepted('LOSS_REPLACEMENT'), false)).toMatchObject({ status: 422 });
    expect(collectionRefusal({ plan: null, status: 'SUBMITTED' }, false)).toMatchObject({
      code: 'CASE_NOT_ACCEPTED',
    });
    const withdrawn = { ...accepted('MIGRATION'), status: 'WITHDRAWN' as const };
    expect(collectionRefusal(withdrawn, false)).toMatchObject({ status: 409, field: 'status' });
  });
});

describe('destructionOffences (R28)', () => {
  const card = (id: string, collectedOn: string, status: 'HELD' | 'DESTROYED' = 'HELD') => ({
    id,
    countyCode: '320106',
    status,
    collectedOn,
    destructionDueOn: '',
  });

  it('passes cards a full year in custody and names every other one, in order', () => {
    const today = parseLocalDate('2027-12-02');
    const cards = [
      card('due', '2026-12-02'),
      card('early', '2026-12-03'),
      card('gone', '2025-01-01', 'DESTROYED'),
      { ...card('foreign', '2025-01-01'), countyCode: '320102' },
    ];
    const offences = destructionOffences(
      ['due', 'early', 'gone', 'foreign', 'unknown'],
      cards,
      '320106',
      today,
    );
    expect(offences.map((o) => [o.custodyId, o.code])).toEqual([
      ['early', 'NOT_YET_DUE'],
      ['gone', 'ALREADY_DESTROYED'],
      ['foreign', 'NOT_IN_CUSTODY_OF_COUNTY'],
      ['unknown', 'NOT_IN_CUSTODY_OF_COUNTY'],
    ]);
  });
});
