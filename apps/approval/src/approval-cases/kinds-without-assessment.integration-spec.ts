import { Deadline } from '@tongban/deadlines';
import { InboxMessage, OutboxMessage } from '@tongban/messaging';
import { ADULT_ID_NUMBER, eventually } from '@tongban/testing';
import { ApprovalHarness } from '../__tests__/approval-harness';
import { aHandoverV2Envelope } from '../__tests__/handover.envelope';
import { ApprovalCase } from './approval-case.entity';

/**
 * Hand-over v2 at the hukou county: kinds whose plan has no assessment or publicity, and a full
 * cancellation that approves without printing (R16, R22, R23).
 */
describe('approval of kinds without assessment (hand-over v2)', () => {
  let h: ApprovalHarness;

  beforeAll(async () => {
    h = await ApprovalHarness.start();
  });

  afterAll(() => h.dispose());

  beforeEach(() => h.clock.setChinaDate('2026-11-16'));

  const approvedEvent = async (caseId: string) => {
    const rows = await h.db.getRepository(OutboxMessage).findBy({ messageKey: caseId });
    return rows
      .map(
        (row) =>
          row.envelope as { type: string; schemaVersion: number; payload: Record<string, unknown> },
      )
      .find((envelope) => envelope.type === 'approval.case.approved');
  };

  it('R16: a damaged-card renewal is reviewed without a conclusion and printing replaces the card', async () => {
    const envelope = aHandoverV2Envelope('RENEWAL_DAMAGED', {
      residenceCounty: h.residenceCounty,
      hukouCounty: h.hukouCounty,
      documents: await h.adultScans(),
    });
    await h.send(envelope);
    const view = await h.settled(envelope.caseId);
    expect(view).toMatchObject({
      caseKind: 'RENEWAL_DAMAGED',
      status: 'APPROVAL',
      certificateOutcome: 'REPLACE',
      conclusion: null,
      publicity: null,
    });
    expect(view.currentCertificateNumber).toBe(`${'*'.repeat(14)}${ADULT_ID_NUMBER.slice(14)}42`);
    expect(view.plan.stages.map((s) => s.stage)).toEqual([
      'ACCEPTANCE',
      'APPROVAL',
      'PRINTING',
      'MAILING',
    ]);

    const approved = await h.http().post(`/approval-cases/${envelope.caseId}/approve`).expect(200);
    expect(approved.body.status).toBe('PRINTING');
    const order = await approvedEvent(envelope.caseId);
    expect(order).toMatchObject({
      schemaVersion: 2,
      payload: {
        caseKind: 'RENEWAL_DAMAGED',
        certificateOutcome: 'REPLACE',
        currentCertificateNumber: `${ADULT_ID_NUMBER}42`,
        photo: expect.objectContaining({ kind: 'PHOTO' }),
      },
    });
    // R4 applies to a conclusion; without one the current card's classification stands.
    expect(order!.payload).not.toHaveProperty('classification');
  });

  it('R23: a full cancellation approves without printing: completed at once, R27 met, no photo needed', async () => {
    const scans = (await h.adultScans()).filter((scan) => scan.kind !== 'PHOTO');
    const envelope = aHandoverV2Envelope('CANCELLATION_FULL', {
      residenceCounty: h.residenceCounty,
      hukouCounty: h.hukouCounty,
      documents: scans,
    });
    await h.send(envelope);
    await h.settled(envelope.caseId);
    const approved = await h.http().post(`/approval-cases/${envelope.caseId}/approve`).expect(200);
    expect(approved.body).toMatchObject({ status: 'COMPLETED', certificateOutcome: 'CANCEL' });
    const order = await approvedEvent(envelope.caseId);
    expect(order!.payload).toMatchObject({ certificateOutcome: 'CANCEL' });
    expect(order!.payload).not.toHaveProperty('photo');
    expect(
      await h.db.getRepository(Deadline).findOneByOrFail({ caseId: envelope.caseId, rule: 'R27' }),
    ).toMatchObject({ status: 'MET', closedOn: '2026-11-16' });
    // Completed means completed: a second approval is refused by the state machine, unchanged.
    const again = await h.http().post(`/approval-cases/${envelope.caseId}/approve`).expect(409);
    expect(again.body.message).toEqual([
      'case CANCELLATION_FULL: APPROVE is not allowed from COMPLETED (R23)',
    ]);
    expect(
      (await h.db.getRepository(OutboxMessage).findBy({ messageKey: envelope.caseId })).filter(
        (row) => (row.envelope as { type: string }).type === 'approval.case.approved',
      ),
    ).toHaveLength(1);
  });

  it('parks a v2 package for a cancellation that names no current card, registering nothing', async () => {
    const envelope = aHandoverV2Envelope('CANCELLATION_FULL', {
      residenceCounty: h.residenceCounty,
      hukouCounty: h.hukouCounty,
      documents: await h.adultScans(),
    });
    delete (envelope.payload as { currentCertificateNumber?: string }).currentCertificateNumber;
    await h.send(envelope);
    expect(await h.deadLetterReason(envelope.id)).toMatch(
      /^validation failed: .*payload\.currentCertificateNumber must be a string/,
    );
    expect(await h.db.getRepository(ApprovalCase).countBy({ applicationId: envelope.caseId })).toBe(
      0,
    );
    await eventually(async () =>
      expect(await h.db.getRepository(InboxMessage).countBy({ eventId: envelope.id })).toBe(0),
    );
  });
});
