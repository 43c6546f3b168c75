import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DocumentUrlRequestReason, Topics } from '@tongban/contracts';
import { EventPublisher } from '@tongban/messaging';
import { Clock } from '@tongban/util';
import { DataSource, EntityManager, In, LessThanOrEqual } from 'typeorm';
import { ApprovalCase } from '../approval-cases/approval-case.entity';
import { ApprovalConfig } from '../config/approval.config';
import { CaseDocument } from './case-document.entity';
import { oldestDueDocument } from './oldest-due-document';

/**
 * R30 across an outage: scans whose presigned URLs expired (or were refused) wait for the
 * residence county to sign them again, instead of burning fetch attempts on a URL that will
 * never work. One request per case names every scan waiting at that moment; a request that
 * goes unanswered is repeated after a while, a bounded number of times, then the scans FAIL
 * for staff to follow up.
 */
@Injectable()
export class FreshUrlRequests {
  private readonly logger = new Logger(FreshUrlRequests.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly config: ApprovalConfig,
  ) {}

  /**
   * Parks a claimed document whose URL is dead. When it died of age, the case's other pending
   * scans whose URLs expire no later (signed with it, so just as dead) wait with it and the next
   * sweep asks for all of them in one request; a refused URL says nothing about its siblings.
   * Does nothing when the claim was lost meanwhile.
   */
  async park(document: CaseDocument, problem: DocumentUrlRequestReason, reason: string) {
    const now = this.clock.now();
    const waiting = {
      status: 'AWAITING_FRESH_URL' as const,
      nextAttemptAt: now,
      sourceUrl: null,
      urlProblem: problem,
    };
    await this.dataSource.transaction(async (manager) => {
      const parked = await manager
        .createQueryBuilder()
        .update(CaseDocument)
        .set({ ...waiting, lastError: reason })
        .where(`id = :id AND attempts = :attempts AND status = 'PENDING'`, {
          id: document.id,
          attempts: document.attempts,
        })
        .execute();
      if (parked.affected === 0 || problem !== 'URL_EXPIRED') return;
      const deadBy =
        document.urlExpiresAt && document.urlExpiresAt > now ? document.urlExpiresAt : now;
      await manager.update(
        CaseDocument,
        {
          applicationId: document.applicationId,
          round: document.round,
          status: 'PENDING',
          urlExpiresAt: LessThanOrEqual(deadBy),
        },
        { ...waiting, lastError: 'its URL, signed with the others of the hand-over, is dead too' },
      );
    });
  }

  /** Sends the next due request (or gives up on scans asked for too often); returns whether there was one. */
  async requestNext(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const due = await oldestDueDocument(manager, 'AWAITING_FRESH_URL', now);
      if (!due) return false;
      // The case row serialises requesters: two workers never ask twice for one case.
      const found = await manager.findOne(ApprovalCase, {
        where: { applicationId: due.applicationId },
        lock: { mode: 'pessimistic_write' },
      });
      const documents = await manager.find(CaseDocument, {
        where: {
          applicationId: due.applicationId,
          round: due.round,
          status: 'AWAITING_FRESH_URL',
          nextAttemptAt: LessThanOrEqual(now),
        },
        order: { position: 'ASC' },
      });
      const exhausted = documents.filter(
        (d) => d.urlRequests >= this.config.APPROVAL_URL_REQUEST_MAX,
      );
      const asked = documents.filter((d) => d.urlRequests < this.config.APPROVAL_URL_REQUEST_MAX);
      await this.giveUp(manager, exhausted);
      if (found && found.round === due.round && asked.length > 0) {
        await this.ask(manager, found, asked, now);
      } else {
        await this.giveUp(manager, asked, 'the hand-over round it belongs to is over');
      }
      return true;
    });
  }

  private async ask(
    manager: EntityManager,
    found: ApprovalCase,
    documents: CaseDocument[],
    now: Date,
  ): Promise<void> {
    const reason = documents.every((d) => d.urlProblem === 'URL_EXPIRED')
      ? 'URL_EXPIRED'
      : 'URL_REFUSED';
    await this.events.publish(manager, Topics.documentUrlsRequested, {
      caseId: found.applicationId,
      sourceCounty: found.hukouCountyCode,
      destinationCounty: found.residenceCountyCode,
      causationId: found.handoverEventId,
      payload: {
        applicationId: found.applicationId,
        reason,
        documents: documents.map((d) => ({ documentId: d.id, key: d.sourceKey, sha256: d.sha256 })),
      },
    });
    await manager.update(
      CaseDocument,
      { id: In(documents.map((d) => d.id)) },
      {
        urlRequests: () => 'url_requests + 1',
        urlRequestedAt: now,
        nextAttemptAt: new Date(now.getTime() + this.config.APPROVAL_URL_REQUEST_RETRY_MS),
      },
    );
    this.logger.log({
      msg: 'fresh document URLs requested',
      applicationId: found.applicationId,
      documents: documents.length,
      reason,
    });
  }

  private async giveUp(
    manager: EntityManager,
    documents: CaseDocument[],
    why = `no fresh URL came from the residence county after ${this.config.APPROVAL_URL_REQUEST_MAX} requests`,
  ): Promise<void> {
    if (documents.length === 0) return;
    await manager.update(
      CaseDocument,
      { id: In(documents.map((d) => d.id)) },
      { status: 'FAILED', nextAttemptAt: null, lastError: why },
    );
    this.logger.warn({
      msg: 'hand-over documents failed: no fresh URL',
      applicationId: documents[0]!.applicationId,
      documentIds: documents.map((d) => d.id),
      why,
    });
  }
}
