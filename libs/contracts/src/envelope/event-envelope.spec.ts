import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ApplicationDraftedEvent } from '../messages/intake/application-drafted/application-drafted.event';

const valid = {
  id: '0b9e4f0e-3f5c-4a8e-9a59-7d7f2f0d6a11',
  type: 'intake.application.drafted',
  schemaVersion: 1,
  sourceCounty: '320106',
  destinationCounty: '320106',
  caseId: '5d8a3c1e-2b7f-4c39-8e1a-6f2d9b0c4e77',
  correlationId: '0b9e4f0e-3f5c-4a8e-9a59-7d7f2f0d6a11',
  occurredAt: '2026-11-29T08:00:00.000Z',
  payload: {
    applicationId: '5d8a3c1e-2b7f-4c39-8e1a-6f2d9b0c4e77',
    caseKind: 'NEW',
    channel: 'ONLINE',
    residenceCountyCode: '320106',
    hukouCountyCode: '220122',
  },
};

const problemsOf = (plain: object) =>
  validateSync(plainToInstance(ApplicationDraftedEvent, plain)).flatMap((e) =>
    e.children?.length ? e.children.map((c) => `${e.property}.${c.property}`) : [e.property],
  );

describe('typed event envelopes', () => {
  it('accept a well-formed application.drafted event', () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  it('reject a payload breaking its own rules, naming the nested field', () => {
    expect(problemsOf({ ...valid, payload: { ...valid.payload, caseKind: 'NEW_CARD' } })).toEqual([
      'payload.caseKind',
    ]);
  });

  it('reject an envelope of another type or version on this contract', () => {
    expect(problemsOf({ ...valid, type: 'intake.application.accepted', schemaVersion: 2 })).toEqual(
      ['type', 'schemaVersion'],
    );
  });

  it('reject a missing payload and malformed county codes and ids', () => {
    const { payload: _payload, ...withoutPayload } = valid;
    expect(
      problemsOf({ ...withoutPayload, sourceCounty: '3201', caseId: 'case-1' }).sort(),
    ).toEqual(['caseId', 'payload', 'sourceCounty']);
  });
});
