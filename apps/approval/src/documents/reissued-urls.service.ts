import { Injectable, Logger } from '@nestjs/common';
import { DocumentUrlsReissuedEvent } from '@tongban/contracts';
import { Clock } from '@tongban/util';
import { EntityManager, In } from 'typeorm';
import { ApprovalCase } from '../approval-cases/approval-case.entity';
import { CaseDocument } from './case-document.entity';

/** A reissue this county will not apply as a whole; the message names the field, never the applicant. */
export class ReissueRefusedError extends Error {
  override readonly name = 'ReissueRefusedError';
}

export interface ReissueOutcome {
  /** Scans due to be fetched again at once, with their fresh URLs. */
  renewed: number;
  /** Scans the residence county cannot sign again: FAILED with its reason. */
  unavailable: number;
  /** URLs refused: a scan not asked for, already verified, or not the bytes this county holds. */
  refused: string[];
}

/**
 * R30: applies the residence county's fresh URLs to the scans still waiting for them, in the
 * reissue's inbox transaction. A URL is taken only for the scan it was asked for, with the same
 * key and sha256 the hand-over named: a fresh URL can never swap the bytes under a case.
 */
@Injectable()
export class ReissuedUrls {
  private readonly logger = new Logger(ReissuedUrls.name);

  constructor(private readonly clock: Clock) {}

  async apply(manager: EntityManager, event: DocumentUrlsReissuedEvent): Promise<ReissueOutcome> {
    const { payload } = event;
    const found = await manager.findOne(ApprovalCase, {
      where: { applicationId: payload.applicationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) {
      throw new ReissueRefusedError(
        `payload.applicationId: no case ${payload.applicationId} here to reissue URLs for`,
      );
    }
    if (event.sourceCounty !== found.residenceCountyCode) {
      throw new ReissueRefusedError(
        `sourceCounty: county ${event.sourceCounty} is not the residence county ${found.residenceCountyCode} that holds the scans (R30)`,
      );
    }
    if (event.destinationCounty !== found.hukouCountyCode) {
      throw new ReissueRefusedError(
        `destinationCounty: the envelope is addressed to ${event.destinationCounty}, the case's hukou county is ${found.hukouCountyCode}`,
      );
    }
    const ids = [...payload.documents, ...payload.unavailable].map((d) => d.documentId);
    const held = await manager.find(CaseDocument, {
      where: { id: In(ids), applicationId: found.applicationId, round: found.round },
      lock: { mode: 'pessimistic_write' },
    });
    const byId = new Map(held.map((d) => [d.id, d]));
    const now = this.clock.now();
    const outcome: ReissueOutcome = { renewed: 0, unavailable: 0, refused: [] };
    for (const fresh of payload.documents) {
      const document = byId.get(fresh.documentId);
      const refusal = reissueRefusal(document, fresh);
      if (refusal) {
        outcome.refused.push(`${fresh.documentId}: ${refusal}`);
        continue;
      }
      await manager.update(
        CaseDocument,
        { id: document!.id },
        {
          status: 'PENDING',
          sourceUrl: fresh.url,
          urlExpiresAt: new Date(fresh.urlExpiresAt),
          urlProblem: null,
          attempts: 0,
          nextAttemptAt: now,
          lastError: null,
        },
      );
      outcome.renewed += 1;
    }
    for (const gone of payload.unavailable) {
      const document = byId.get(gone.documentId);
      if (!document || !awaitsUrl(document)) {
        outcome.refused.push(`${gone.documentId}: not waiting for a URL here`);
        continue;
      }
      await manager.update(
        CaseDocument,
        { id: document.id },
        {
          status: 'FAILED',
          nextAttemptAt: null,
          sourceUrl: null,
          lastError: `the residence county cannot sign it again: ${gone.reason}`,
        },
      );
      outcome.unavailable += 1;
    }
    if (outcome.refused.length > 0) {
      // Ids and reasons only: never a URL, it is a credential (R32).
      this.logger.warn({
        msg: 'reissued document URLs refused',
        applicationId: found.applicationId,
        eventId: event.id,
        refused: outcome.refused,
      });
    }
    return outcome;
  }
}

/** Asked for, not yet verified: a reissue may give it a fresh URL. */
function awaitsUrl(document: CaseDocument): boolean {
  return document.status !== 'VERIFIED' && document.urlRequests > 0;
}

/** Why a fresh URL is not taken for this scan, or undefined when it is. */
function reissueRefusal(
  document: CaseDocument | undefined,
  fresh: { key: string; sha256: string },
): string | undefined {
  if (!document) return 'no such scan in the case’s current hand-over round';
  if (document.status === 'VERIFIED') return 'already verified; its copy is kept as it is';
  if (!awaitsUrl(document)) return 'no fresh URL was asked for it';
  if (fresh.sha256 !== document.sha256) {
    return `sha256 ${fresh.sha256} is not the ${document.sha256} the hand-over declared (R30)`;
  }
  if (fresh.key !== document.sourceKey) return 'the key is not the one the hand-over named';
  return undefined;
}
