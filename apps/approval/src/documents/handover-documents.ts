import { Injectable } from '@nestjs/common';
import { DocumentReferenceDto } from '@tongban/contracts';
import { Clock } from '@tongban/util';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, LessThan } from 'typeorm';
import { CaseDocument } from './case-document.entity';
import { recordedUrlExpiry } from './presigned-url-expiry';

/**
 * Records the scans a hand-over references, for the sweep to fetch (R30). Part of the hand-over's
 * inbox transaction: the case and its documents are registered together or not at all.
 */
@Injectable()
export class HandoverDocuments {
  constructor(private readonly clock: Clock) {}

  /**
   * One PENDING row per distinct (kind, sha256). A scan this county already verified for the
   * same case in an earlier round is the same bytes: it is VERIFIED at once from that copy.
   */
  async record(
    manager: EntityManager,
    applicationId: string,
    round: number,
    references: DocumentReferenceDto[],
  ): Promise<CaseDocument[]> {
    const now = this.clock.now();
    const verifiedBefore = await manager.findBy(CaseDocument, {
      applicationId,
      status: 'VERIFIED',
      round: LessThan(round),
    });
    const seen = new Set<string>();
    const rows: CaseDocument[] = [];
    for (const reference of references) {
      const identity = `${reference.kind}:${reference.sha256}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      const copy = verifiedBefore.find(
        (d) => d.kind === reference.kind && d.sha256 === reference.sha256,
      );
      rows.push(
        manager.create(CaseDocument, {
          id: randomUUID(),
          applicationId,
          round,
          position: rows.length,
          kind: reference.kind,
          title: reference.title ?? null,
          sourceKey: reference.key,
          sha256: reference.sha256,
          size: reference.size,
          contentType: reference.contentType,
          sourceUrl: copy ? null : (reference.url ?? null),
          urlExpiresAt: recordedUrlExpiry(reference.url, reference.urlExpiresAt),
          status: copy ? 'VERIFIED' : 'PENDING',
          attempts: 0,
          nextAttemptAt: copy ? null : now,
          lastError: null,
          localKey: copy?.localKey ?? null,
          verifiedAt: copy ? now : null,
        }),
      );
    }
    await manager.insert(CaseDocument, rows);
    return rows;
  }

  /** Documents of earlier rounds still waiting are no longer needed: a newer hand-over replaced them. */
  async supersedeEarlierRounds(
    manager: EntityManager,
    applicationId: string,
    round: number,
  ): Promise<void> {
    await manager.update(
      CaseDocument,
      { applicationId, round: LessThan(round), status: In(['PENDING', 'AWAITING_FRESH_URL']) },
      {
        status: 'FAILED',
        nextAttemptAt: null,
        sourceUrl: null,
        lastError: `not fetched: superseded by hand-over round ${round}`,
      },
    );
  }

  /** The documents of one round, in the order they were sent. */
  list(manager: EntityManager, applicationId: string, round: number): Promise<CaseDocument[]> {
    return manager.find(CaseDocument, {
      where: { applicationId, round },
      order: { position: 'ASC' },
    });
  }
}
