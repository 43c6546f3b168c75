import { topicName, Topics } from '@tongban/contracts';
import {
  ExchangeLogEntry,
  InboxMessage,
  OutboxMessage,
  SignatureHeaders,
} from '@tongban/messaging';
import { eventually, PDF_SCAN } from '@tongban/testing';
import { randomUUID } from 'node:crypto';
import { ApprovalHarness, envelopeOf } from '../__tests__/approval-harness';
import type { ScanReference } from '../__tests__/residence-scans';
import type { ApprovalCaseView } from '../approval-cases/approval-case.view';
import { DocumentFetchSweep } from './document-fetch.sweep';

type RequestedDocument = { documentId: string; key: string; sha256: string };
type ReissuedDocument = RequestedDocument & { url: string; urlExpiresAt: string };

/**
 * R30 across an outage: the hand-over's presigned URLs expired before this county fetched the
 * scans. Approval asks the residence county for fresh URLs (once per case), and fetches and
 * verifies what it sends back as usual.
 */
describe('approval: fresh URLs for scans whose URLs expired (R30)', () => {
  let h: ApprovalHarness;

  beforeAll(async () => {
    h = await ApprovalHarness.start();
  });

  afterAll(() => h.dispose());

  const requestTopic = () => h.residenceTopic(Topics.documentUrlsRequested);
  const reissueTopic = () =>
    topicName(Topics.documentUrlsReissued, { nodeId: h.hukou.nodeId, countyCode: h.hukouCounty });

  /** Every request for fresh URLs of one case on the residence county's topic. */
  async function requestsOf(caseId: string) {
    const topic = requestTopic();
    const count = await h.hukou.messageCount(topic);
    // Read as the residence county, the only one that can open what is encrypted to it.
    const messages = count > 0 ? await h.residence.readTopic(topic, count) : [];
    return messages.filter((m) => envelopeOf(m).caseId === caseId);
  }

  /** The view once every scan of the case waits for a fresh URL. */
  const awaiting = (caseId: string) =>
    eventually(async () => {
      const view = (await h.http().get(`/approval-cases/${caseId}`).expect(200))
        .body as ApprovalCaseView;
      expect(view.documents.map((d) => d.status)).toContain('AWAITING_FRESH_URL');
      expect(view.documents.filter((d) => d.status === 'PENDING')).toEqual([]);
      expect(
        view.documents.filter((d) => d.status === 'AWAITING_FRESH_URL' && d.freshUrlRequests < 1),
      ).toEqual([]);
      return view;
    });

  /** `exchange.document-urls.reissued` as the residence county's intake sends it, signed. */
  async function reissue(
    caseId: string,
    documents: ReissuedDocument[],
    unavailable: { documentId: string; reason: string }[] = [],
  ): Promise<string> {
    const id = randomUUID();
    const envelope = {
      id,
      type: 'exchange.document-urls.reissued',
      schemaVersion: 1,
      sourceCounty: h.residenceCounty,
      destinationCounty: h.hukouCounty,
      caseId,
      correlationId: caseId,
      occurredAt: new Date().toISOString(),
      payload: { applicationId: caseId, documents, unavailable },
    };
    await h.residence.produceSigned(reissueTopic(), envelope);
    return id;
  }

  /** Signs the same object again, as the residence county would. */
  async function freshUrl(requested: RequestedDocument): Promise<ReissuedDocument> {
    return {
      ...requested,
      url: await h.scans.store.presignedGetUrl(requested.key, 600),
      urlExpiresAt: new Date(Date.now() + 600_000).toISOString(),
    };
  }

  /** Waits until the object store itself refuses every URL as expired: no guessed delay. */
  async function expiredAtStorage(scans: ScanReference[]): Promise<void> {
    await eventually(async () => {
      for (const scan of scans) expect((await fetch(scan.url)).status).toBe(403);
    }, 10_000);
  }

  /** Outbox rows of requests for fresh URLs for one case: each one reaches Kafka, none else. */
  const requestsWritten = (caseId: string) =>
    h.db.getRepository(OutboxMessage).countBy({ topic: requestTopic(), messageKey: caseId });

  /** Scans signed together for `ttlSeconds`, with one stated expiry, as intake signs them. */
  async function signedTogether(ttlSeconds: number): Promise<ScanReference[]> {
    const scans = await h.adultScans(ttlSeconds);
    const urlExpiresAt = scans.map((s) => s.urlExpiresAt).sort()[scans.length - 1]!;
    return scans.map((s) => ({ ...s, urlExpiresAt }));
  }

  it('a package whose URLs already expired: one request for the case, then the fresh URLs are fetched and verified', async () => {
    const scans = await signedTogether(1);
    await expiredAtStorage(scans);
    const envelope = h.handover({ documents: scans });
    await h.send(envelope);

    const waiting = await awaiting(envelope.caseId);
    expect(waiting.documents.map((d) => d.status)).toEqual(Array(4).fill('AWAITING_FRESH_URL'));
    // Staff see why: the case waits (409), it is not refused (422).
    const early = await h.http().post(`/approval-cases/${envelope.caseId}/approve`).expect(409);
    expect(early.body.message[0]).toMatch(/waiting for a fresh URL from the residence county/);

    const [request, ...more] = await eventually(async () => {
      const found = await requestsOf(envelope.caseId);
      expect(found.length).toBeGreaterThan(0);
      return found;
    });
    // Signed by the hukou county, addressed to the residence county.
    expect(request!.headers![SignatureHeaders.signer]!.toString()).toBe(h.hukouCounty);
    const sent = envelopeOf(request!);
    expect(sent).toMatchObject({
      sourceCounty: h.hukouCounty,
      destinationCounty: h.residenceCounty,
      causationId: envelope.id,
    });
    expect(sent.payload.reason).toBe('URL_EXPIRED');
    const requested = sent.payload.documents as RequestedDocument[];
    expect(requested.map(({ key, sha256 }) => ({ key, sha256 }))).toEqual(
      scans.map(({ key, sha256 }) => ({ key, sha256 })),
    );
    expect(requested.map((d) => d.documentId)).toEqual(waiting.documents.map((d) => d.id));
    // Once per case, not once per scan or per sweep.
    expect(more).toEqual([]);
    const sweep = h.approval.app.get(DocumentFetchSweep);
    await sweep.nextFullPass();
    await sweep.nextFullPass();
    expect(await requestsWritten(envelope.caseId)).toBe(1);
    const logged = await h.db.getRepository(ExchangeLogEntry).findBy({ caseId: envelope.caseId });
    expect(logged.filter((e) => e.eventType === 'exchange.document-urls.requested')).toEqual([
      expect.objectContaining({ direction: 'SENT', counterpartCounty: h.residenceCounty }),
    ]);

    const reissueId = await reissue(envelope.caseId, await Promise.all(requested.map(freshUrl)));
    const view = await h.settled(envelope.caseId);
    expect(view.documents.map((d) => d.status)).toEqual(Array(4).fill('VERIFIED'));
    expect(view.documents.map((d) => [d.attempts, d.freshUrlRequests])).toEqual(
      Array(4).fill([1, 1]),
    );
    expect(await h.db.getRepository(ExchangeLogEntry).findBy({ eventId: reissueId })).toEqual([
      expect.objectContaining({ direction: 'RECEIVED', counterpartCounty: h.residenceCounty }),
    ]);
    await h.http().post(`/approval-cases/${envelope.caseId}/approve`).expect(200);
  });

  it('a fresh URL for other bytes is refused and a verified scan is untouched; the right one is fetched', async () => {
    const [photo, , ...rest] = await h.adultScans();
    const expiring = await h.scans.upload('ID_DOCUMENT', PDF_SCAN, 'application/pdf', 1);
    await expiredAtStorage([expiring]);
    const envelope = h.handover({ documents: [photo!, expiring, ...rest] });
    await h.send(envelope);

    const waiting = await awaiting(envelope.caseId);
    // Only the scan whose URL died is asked for: the others were signed to last.
    expect(waiting.documents.map((d) => [d.kind, d.status])).toEqual([
      ['PHOTO', 'VERIFIED'],
      ['ID_DOCUMENT', 'AWAITING_FRESH_URL'],
      ['HUKOU_BOOKLET', 'VERIFIED'],
      ['RESIDENCE_PERMIT', 'VERIFIED'],
    ]);
    const request = await eventually(async () => {
      const [found] = await requestsOf(envelope.caseId);
      expect(found).toBeDefined();
      return envelopeOf(found!);
    });
    const [asked] = request.payload.documents as RequestedDocument[];
    expect(request.payload.documents).toHaveLength(1);
    expect(asked).toMatchObject({ key: expiring.key, sha256: expiring.sha256 });

    const verifiedPhoto = waiting.documents.find((d) => d.kind === 'PHOTO')!;
    const swapped = await h.scans.upload(
      'ID_DOCUMENT',
      Buffer.concat([PDF_SCAN, Buffer.from('% other\n')]),
      'application/pdf',
    );
    const refusedId = await reissue(envelope.caseId, [
      { ...(await freshUrl(asked!)), sha256: swapped.sha256, url: swapped.url },
      {
        documentId: verifiedPhoto.id,
        key: photo!.key,
        sha256: photo!.sha256,
        url: swapped.url,
        urlExpiresAt: swapped.urlExpiresAt,
      },
    ]);
    await eventually(async () =>
      expect(await h.db.getRepository(InboxMessage).countBy({ eventId: refusedId })).toBe(1),
    );
    const after = (await h.http().get(`/approval-cases/${envelope.caseId}`).expect(200))
      .body as ApprovalCaseView;
    expect(after.documents.find((d) => d.kind === 'ID_DOCUMENT')).toMatchObject({
      status: 'AWAITING_FRESH_URL',
      sha256: expiring.sha256,
    });
    expect(after.documents.find((d) => d.kind === 'PHOTO')).toEqual(verifiedPhoto);

    await reissue(envelope.caseId, [await freshUrl(asked!)]);
    const view = await h.settled(envelope.caseId);
    expect(view.documents.find((d) => d.kind === 'ID_DOCUMENT')).toMatchObject({
      status: 'VERIFIED',
      sha256: expiring.sha256,
      attempts: 1,
    });
  });

  it('a scan the residence county cannot sign again fails with its reason', async () => {
    const scans = await signedTogether(1);
    await expiredAtStorage(scans);
    const envelope = h.handover({ documents: scans });
    await h.send(envelope);
    await awaiting(envelope.caseId);
    const request = await eventually(async () => {
      const [found] = await requestsOf(envelope.caseId);
      expect(found).toBeDefined();
      return envelopeOf(found!);
    });
    const [first, ...others] = request.payload.documents as RequestedDocument[];
    await reissue(envelope.caseId, await Promise.all(others.map(freshUrl)), [
      { documentId: first!.documentId, reason: 'no such scan in this case' },
    ]);
    const view = await h.settled(envelope.caseId);
    expect(view.documents.map((d) => d.status)).toEqual([
      'FAILED',
      'VERIFIED',
      'VERIFIED',
      'VERIFIED',
    ]);
    expect(view.documents[0]!.failureReason).toBe(
      'the residence county cannot sign it again: no such scan in this case',
    );
  });
});
