import { Injectable } from '@nestjs/common';
import type { CaseDocumentsApprovedEvent } from '@tongban/contracts';
import { lookupHash, RESIDENT_ID_LOOKUP } from '@tongban/persistence';
import { DocumentStore } from '@tongban/storage';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { archiveObjectKey } from './archive-object-key';
import { ArchivedDocument } from './archived-document.entity';
import { HolderArchive } from './holder-archive.entity';

/**
 * R30: files what approval verified in the holder's e-archive at the hukou county. The bytes are
 * copied on the storage server into archive's own keys (never through this process); the rows
 * are written in the inbox's transaction, so a redelivery files nothing twice.
 */
@Injectable()
export class FileApprovedDocumentsService {
  constructor(private readonly store: DocumentStore) {}

  /**
   * Copies every document into archive's keys. Outside the transaction and safe to repeat: the
   * key is addressed by content, so a second copy writes the same bytes to the same key.
   */
  async copyIntoArchive(event: CaseDocumentsApprovedEvent, heartbeat?: () => Promise<void>) {
    const { applicationId, documents } = event.payload;
    for (const document of documents) {
      await this.store.copy(
        document.key,
        archiveObjectKey(applicationId, document.kind, document.sha256),
      );
      await heartbeat?.();
    }
  }

  /** The holder's archive (created on their first case) and one row per document of the case. */
  async file(manager: EntityManager, event: CaseDocumentsApprovedEvent): Promise<HolderArchive> {
    const { payload } = event;
    const holder = await this.holderArchive(manager, payload.hukouCountyCode, payload.holder);
    const rows = payload.documents.map((document) =>
      manager.create(ArchivedDocument, {
        id: randomUUID(),
        holderArchiveId: holder.id,
        countyCode: payload.hukouCountyCode,
        applicationId: payload.applicationId,
        caseKind: payload.caseKind,
        approvedOn: payload.approvedOn,
        kind: document.kind,
        title: document.title ?? null,
        sha256: document.sha256,
        size: document.size,
        contentType: document.contentType,
        objectKey: archiveObjectKey(payload.applicationId, document.kind, document.sha256),
        sourceKey: document.key,
        filedByEventId: event.id,
        lastCheckedAt: null,
        lastCheckResult: null,
      }),
    );
    if (rows.length > 0) {
      // A case approved again (a later round) files only the documents it did not have.
      await manager
        .createQueryBuilder()
        .insert()
        .into(ArchivedDocument)
        .values(rows)
        .orIgnore()
        .execute();
    }
    return holder;
  }

  private async holderArchive(
    manager: EntityManager,
    countyCode: string,
    holder: { idNumber: string; name: string },
  ): Promise<HolderArchive> {
    const holderIdLookup = lookupHash(RESIDENT_ID_LOOKUP, holder.idNumber);
    const found = await manager.findOneBy(HolderArchive, { countyCode, holderIdLookup });
    if (found) return found;
    // Two cases of one holder filed at once: the unique index refuses the second insert and
    // the inbox runs its transaction again, which then finds the first.
    return manager.save(
      manager.create(HolderArchive, {
        id: randomUUID(),
        countyCode,
        holderIdNumber: holder.idNumber,
        holderIdLookup,
        holderName: holder.name,
      }),
    );
  }
}
