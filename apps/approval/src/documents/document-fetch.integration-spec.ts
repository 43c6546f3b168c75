import { Topics } from '@tongban/contracts';
import { OutboxMessage } from '@tongban/messaging';
import { sha256Hex } from '@tongban/storage';
import { eventually, PDF_SCAN } from '@tongban/testing';
import { Like } from 'typeorm';
import { ApprovalHarness, envelopeOf, ofCase } from '../__tests__/approval-harness';
import { ScanServer } from '../__tests__/scan-server';
import { CaseDocument } from './case-document.entity';
import { localDocumentKey } from './local-document-key';

describe('approval: fetching and verifying the hand-over scans (R30, durable sweep)', () => {
  let h: ApprovalHarness;
  let server: ScanServer;

  beforeAll(async () => {
    [h, server] = await Promise.all([ApprovalHarness.start(), ScanServer.start()]);
  });

  afterAll(async () => {
    await server.stop();
    await h.dispose();
  });

  const approve = (id: string) => h.http().post(`/approval-cases/${id}/approve`);
  const document = (applicationId: string, kind: string) =>
    h.db.getRepository(CaseDocument).findOneByOrFail({ applicationId, kind: kind as never });

  it('R30: a scan whose bytes do not match its sha256 is FAILED, never stored, and blocks approval', async () => {
    const [photo, idDocument, ...rest] = await h.adultScans();
    // The residence county's record says other bytes of the same size.
    const declared = Buffer.from(PDF_SCAN.toString().replace('%PDF-1.4', '%PDF-1.7'));
    const forged = { ...idDocument!, sha256: sha256Hex(declared) };
    const envelope = h.handover({ documents: [photo!, forged, ...rest] });
    await h.send(envelope);
    const view = await h.settled(envelope.caseId);

    const failed = view.documents.find((d) => d.kind === 'ID_DOCUMENT')!;
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(failed.failureReason).toBe(
      `sha256 mismatch: received ${idDocument!.sha256}, declared ${forged.sha256} (R30)`,
    );
    await expect(
      h.hukouStore.describe(
        localDocumentKey(envelope.caseId, 'ID_DOCUMENT', forged.sha256, 'application/pdf'),
      ),
    ).rejects.toThrow();

    const refused = await approve(envelope.caseId).expect(422);
    expect(refused.body.message).toEqual([
      expect.stringMatching(
        /^documents: ID_DOCUMENT \(sha256 [0-9a-f]{12}…\) could not be verified: sha256 mismatch/,
      ),
    ]);
    expect((await h.settled(envelope.caseId)).status).toBe('APPROVAL');
    const approvals = await h.db
      .getRepository(OutboxMessage)
      .countBy({ topic: Like('%approval.case.approved%'), messageKey: envelope.caseId });
    expect(approvals).toBe(0);
  });

  it('a URL the residence county’s storage refuses is not retried: fresh URLs are asked for, a bounded number of times, then it FAILS', async () => {
    const [photo, ...rest] = await h.adultScans();
    const other = await h.scans.upload('OTHER', PDF_SCAN, 'application/pdf');
    // Signed for one object, used for another: S3 refuses the signature.
    const forbidden = { ...photo!, url: photo!.url.replace(photo!.key, other.key) };
    const envelope = h.handover({ documents: [forbidden, ...rest] });
    await h.send(envelope);
    const requests = h.residenceTopic(Topics.documentUrlsRequested);
    const askedFor = async () => {
      const count = await h.residence.messageCount(requests);
      return count > 0
        ? (await h.residence.readTopic(requests, count)).filter(ofCase(envelope.caseId))
        : [];
    };

    // Each unanswered request is repeated once the wait is over (service clock), up to the limit.
    for (let asked = 1; asked <= 4; asked++) {
      await eventually(async () => {
        expect(await document(envelope.caseId, 'PHOTO')).toMatchObject({
          status: 'AWAITING_FRESH_URL',
          attempts: 1,
          urlRequests: asked,
          sourceUrl: null,
          lastError: expect.stringMatching(/refused the URL \(HTTP 403\)/),
        });
        expect(await askedFor()).toHaveLength(asked);
      });
      h.clock.advanceDays(0.26);
    }
    const view = await h.settled(envelope.caseId);
    expect(view.documents.find((d) => d.kind === 'PHOTO')).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      freshUrlRequests: 4,
      failureReason: 'no fresh URL came from the residence county after 4 requests',
    });
    // The scans with working URLs were fetched meanwhile; each request named the photo only.
    expect(view.documents.filter((d) => d.status === 'VERIFIED')).toHaveLength(3);
    for (const request of await askedFor()) {
      expect(envelopeOf(request).payload).toMatchObject({
        reason: 'URL_REFUSED',
        documents: [{ key: photo!.key, sha256: photo!.sha256 }],
      });
    }
    const refused = await approve(envelope.caseId).expect(422);
    expect(refused.body.message.join('\n')).toMatch(/PHOTO .* could not be verified: no fresh URL/);
    h.clock.setChinaDate('2026-11-16');
  });

  it('rides out a storage outage: retries with back-off, then verifies', async () => {
    const [photo, ...rest] = await h.adultScans();
    const bytes = Buffer.concat([PDF_SCAN, Buffer.from('% outage\n')]);
    server.failThenServe([503, 502], bytes);
    const flaky = {
      kind: 'OTHER' as const,
      key: 'applications/flaky/other',
      sha256: sha256Hex(bytes),
      size: bytes.length,
      contentType: 'application/pdf',
      url: server.url('flaky'),
      urlExpiresAt: new Date(Date.now() + 600_000).toISOString(),
    };
    const envelope = h.handover({ documents: [photo!, flaky, ...rest] });
    await h.send(envelope);
    await eventually(async () =>
      expect(await document(envelope.caseId, 'OTHER')).toMatchObject({
        status: 'PENDING',
        attempts: 1,
        lastError: expect.stringMatching(/HTTP 503/),
      }),
    );
    // The retry is scheduled in the database by the service clock: move it past the back-off.
    h.clock.advanceDays(1 / 24 / 60);
    await eventually(async () =>
      expect(await document(envelope.caseId, 'OTHER')).toMatchObject({
        status: 'PENDING',
        attempts: 2,
        lastError: expect.stringMatching(/HTTP 502/),
      }),
    );
    h.clock.advanceDays(1 / 24 / 60);
    const view = await h.settled(envelope.caseId);
    expect(view.documents.find((d) => d.kind === 'OTHER')).toMatchObject({
      status: 'VERIFIED',
      attempts: 3,
      failureReason: null,
    });
    h.clock.setChinaDate('2026-11-16');
  });

  it('approval waits (409) while a scan is still being fetched, and goes through once it is verified', async () => {
    const [photo, ...rest] = await h.adultScans();
    const bytes = Buffer.concat([PDF_SCAN, Buffer.from('% slow\n')]);
    const slow = server.holdThenServe(bytes);
    const held = {
      kind: 'OTHER' as const,
      key: 'applications/slow/other',
      sha256: sha256Hex(bytes),
      size: bytes.length,
      contentType: 'application/pdf',
      url: server.url('slow'),
      urlExpiresAt: new Date(Date.now() + 600_000).toISOString(),
    };
    const envelope = h.handover({ documents: [photo!, held, ...rest] });
    await h.send(envelope);
    await slow.requested;
    await eventually(async () =>
      expect(
        (
          await h.db
            .getRepository(CaseDocument)
            .findBy({ applicationId: envelope.caseId, status: 'VERIFIED' })
        ).length,
      ).toBe(4),
    );

    const waiting = await approve(envelope.caseId).expect(409);
    expect(waiting.body.message).toEqual([
      expect.stringMatching(
        /^documents: OTHER \(sha256 [0-9a-f]{12}…\) is still being fetched and verified/,
      ),
    ]);
    slow.release();
    await h.settled(envelope.caseId);
    const approved = await approve(envelope.caseId).expect(200);
    expect(approved.body.status).toBe('PRINTING');
  });

  it('a restart in the middle of a download loses nothing: the scan is fetched after it, once', async () => {
    const [photo, ...rest] = await h.adultScans();
    const bytes = Buffer.concat([PDF_SCAN, Buffer.from('% restart\n')]);
    const slow = server.holdThenServe(bytes);
    const held = {
      kind: 'OTHER' as const,
      key: 'applications/restart/other',
      sha256: sha256Hex(bytes),
      size: bytes.length,
      contentType: 'application/pdf',
      url: server.url('restart'),
      urlExpiresAt: new Date(Date.now() + 600_000).toISOString(),
    };
    const envelope = h.handover({ documents: [photo!, held, ...rest] });
    await h.send(envelope);
    await slow.requested;

    await h.restart();
    slow.release();
    const view = await h.settled(envelope.caseId);
    // The interrupted attempt was handed back, not counted; the case and R27 exist once.
    expect(view.documents.find((d) => d.kind === 'OTHER')).toMatchObject({
      status: 'VERIFIED',
      attempts: 1,
    });
    expect(view.deadlines).toEqual([expect.objectContaining({ rule: 'R27', status: 'OPEN' })]);
    expect(await h.db.getRepository(CaseDocument).countBy({ applicationId: envelope.caseId })).toBe(
      5,
    );
  });
});
