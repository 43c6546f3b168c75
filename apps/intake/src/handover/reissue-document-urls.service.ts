import { Injectable, Logger } from '@nestjs/common';
import {
  DocumentUrlsRequestedEvent,
  Topics,
  type ReissuedDocumentDto,
  type UnavailableDocumentDto,
} from '@tongban/contracts';
import { EventPublisher, ExchangeLog } from '@tongban/messaging';
import { EntityManager, In } from 'typeorm';
import { Application } from '../applications/application.entity';
import { ApplicationDocument } from '../documents/application-document.entity';
import { ScanUrlSigner } from './scan-url-signer';

export type ReissueOutcome =
  { answered: true; reissued: number; unavailable: number } | { answered: false; refusal: string };

/**
 * R30: the hukou county found the hand-over's URLs expired; sign the same objects again — same
 * keys, same recorded sha256 — and send the fresh URLs to that county only. Runs in the
 * request's inbox transaction, so the answer is published once.
 */
@Injectable()
export class ReissueDocumentUrlsService {
  private readonly logger = new Logger(ReissueDocumentUrlsService.name);

  constructor(
    private readonly events: EventPublisher,
    private readonly urls: ScanUrlSigner,
    private readonly exchangeLog: ExchangeLog,
  ) {}

  /** `topic` is where the request came from, for the exchange log should it be refused. */
  async execute(
    manager: EntityManager,
    event: DocumentUrlsRequestedEvent,
    topic: string,
  ): Promise<ReissueOutcome> {
    const { payload } = event;
    const application = await manager.findOne(Application, {
      where: { id: payload.applicationId },
      lock: { mode: 'pessimistic_write' },
    });
    const refusal = requestRefusal(event, application);
    if (refusal || !application) {
      return this.refuse(manager, event, topic, refusal ?? 'unknown application');
    }
    const held = await manager.findBy(ApplicationDocument, {
      applicationId: application.id,
      storageKey: In(payload.documents.map((d) => d.key)),
    });
    const unavailable: UnavailableDocumentDto[] = [];
    const signable: { documentId: string; storageKey: string; sha256: string }[] = [];
    for (const wanted of payload.documents) {
      const scan = held.find((d) => d.storageKey === wanted.key);
      const why = !scan
        ? 'no such scan in this case'
        : scan.sha256 !== wanted.sha256
          ? `the scan held under this key has sha256 ${scan.sha256}, not ${wanted.sha256} (R30)`
          : application.status !== 'APPROVAL'
            ? `the case is ${application.status} here; no hand-over awaits approval`
            : undefined;
      if (why) unavailable.push({ documentId: wanted.documentId, reason: why });
      else
        signable.push({
          documentId: wanted.documentId,
          storageKey: scan!.storageKey,
          sha256: scan!.sha256,
        });
    }
    const documents: ReissuedDocumentDto[] = (await this.urls.sign(signable)).map(
      ({ scan, url, urlExpiresAt }) => ({
        documentId: scan.documentId,
        key: scan.storageKey,
        sha256: scan.sha256,
        url,
        urlExpiresAt,
      }),
    );
    await this.events.publish(manager, Topics.documentUrlsReissued, {
      caseId: application.id,
      sourceCounty: application.residenceCountyCode,
      destinationCounty: application.hukouCountyCode,
      causationId: event.id,
      payload: { applicationId: application.id, documents, unavailable },
    });
    return { answered: true, reissued: documents.length, unavailable: unavailable.length };
  }

  /** Never answered with URLs: logged here and in the exchange log, for the audit of who asked. */
  private async refuse(
    manager: EntityManager,
    event: DocumentUrlsRequestedEvent,
    topic: string,
    refusal: string,
  ): Promise<ReissueOutcome> {
    await this.exchangeLog.record(
      [
        {
          direction: 'REJECTED',
          topic,
          eventId: event.id,
          eventType: event.type,
          caseId: event.caseId,
          counterpartCounty: event.sourceCounty,
          reason: refusal,
        },
      ],
      manager,
    );
    this.logger.warn({
      msg: 'request for fresh document URLs refused',
      applicationId: event.payload.applicationId,
      eventId: event.id,
      requestingCounty: event.sourceCounty,
      refusal,
    });
    return { answered: false, refusal };
  }
}

/**
 * Why a signed request is still not one to answer, or undefined. The signature proves which
 * county asked; only the case's current hukou county may fetch its scans (R30, R32).
 */
function requestRefusal(
  event: DocumentUrlsRequestedEvent,
  application: Application | null,
): string | undefined {
  if (!application)
    return `payload.applicationId: no application ${event.payload.applicationId} here`;
  if (event.caseId !== application.id) {
    return `caseId: the envelope's case ${event.caseId} is not application ${application.id}`;
  }
  if (event.destinationCounty !== application.residenceCountyCode) {
    return `destinationCounty: ${event.destinationCounty} is not the case's residence county ${application.residenceCountyCode}`;
  }
  if (event.sourceCounty !== application.hukouCountyCode) {
    return `sourceCounty: county ${event.sourceCounty} is not the case's hukou county ${application.hukouCountyCode}; its scans go to that county only (R30, R32)`;
  }
  return undefined;
}
