import { topicName, Topics } from '@tongban/contracts';
import { InboxMessage } from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import { DocumentStore } from '@tongban/storage';
import { eventually, infrastructureEnv, randomCountyCodes, TestNode } from '@tongban/testing';
import { Client } from 'minio';
import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ARCHIVE_DEFINITION } from '../archive.definition';
import {
  documentsApprovedEnvelope,
  storeApprovedScan,
} from '../__tests__/documents-approved.envelope';
import { ArchivedDocument } from '../e-archive/archived-document.entity';
import { FixityAuditJob } from './fixity-audit.job';
import { FixityCheck } from './fixity-check.entity';

/** The bucket as an operator (or an intruder) with the S3 credentials sees it. */
function s3Client(): Client {
  const env = infrastructureEnv();
  const endpoint = new URL(env.S3_ENDPOINT);
  return new Client({
    endPoint: endpoint.hostname,
    port: Number(endpoint.port),
    useSSL: endpoint.protocol === 'https:',
    accessKey: env.S3_ACCESS_KEY,
    secretKey: env.S3_SECRET_KEY,
    region: env.S3_REGION,
    pathStyle: true,
  });
}

describe('archive: the periodic fixity audit (R30; real PostgreSQL, S3, Kafka)', () => {
  let hukou: TestNode;
  let archive: ServiceApp;
  let db: DataSource;
  let store: DocumentStore;

  beforeAll(async () => {
    hukou = await TestNode.create(randomCountyCodes(2));
    // Every document is due again at once and the audit looks every 200 ms, in batches of 2.
    archive = await hukou.start(ARCHIVE_DEFINITION, {
      ARCHIVE_FIXITY_AUDIT_INTERVAL_MS: '200',
      ARCHIVE_FIXITY_RECHECK_AFTER_MS: '1',
      ARCHIVE_FIXITY_BATCH_SIZE: '2',
    });
    db = archive.app.get(DataSource);
    store = archive.app.get(DocumentStore);
  });

  afterAll(() => hukou.dispose());

  it('passes intact copies, and reports a corrupted and a missing one', async () => {
    const applicationId = randomUUID();
    const kinds = ['PHOTO', 'ID_DOCUMENT', 'HUKOU_BOOKLET', 'ASSESSMENT_FORM'] as const;
    const scans = [];
    for (const kind of kinds) scans.push(await storeApprovedScan(store, applicationId, kind));
    const approved = documentsApprovedEnvelope({
      hukouCountyCode: hukou.countyCodes[0]!,
      applicationId,
      documents: scans,
    });
    await hukou.produce(topicName(Topics.caseDocumentsApproved, { nodeId: hukou.nodeId }), [
      { key: approved.caseId, value: JSON.stringify(approved) },
    ]);
    await eventually(async () =>
      expect(await db.getRepository(InboxMessage).countBy({ eventId: approved.id })).toBe(1),
    );
    const documents = await db.getRepository(ArchivedDocument).findBy({ applicationId });
    const byKind = new Map(documents.map((d) => [d.kind, d]));

    // Every copy is read and found intact, batch after batch.
    await eventually(async () => {
      const results = await db.getRepository(ArchivedDocument).findBy({ applicationId });
      expect(results.map((d) => d.lastCheckResult)).toEqual(kinds.map(() => 'INTACT'));
    });

    // Someone overwrites one copy in the bucket with other bytes of the same size (its recorded
    // sha256 metadata goes along, so only a re-read can tell), and deletes another.
    const corrupted = byKind.get('ID_DOCUMENT')!;
    const bytes = randomBytes(corrupted.size);
    await store.put(corrupted.objectKey, bytes, 'application/pdf');
    const missing = byKind.get('HUKOU_BOOKLET')!;
    await s3Client().removeObject(store.bucket, missing.objectKey);

    const job = archive.app.get(FixityAuditJob);
    await eventually(async () => {
      await job.nextFullPass();
      const results = new Map(
        (await db.getRepository(ArchivedDocument).findBy({ applicationId })).map((d) => [
          d.kind,
          d.lastCheckResult,
        ]),
      );
      expect(Object.fromEntries(results)).toEqual({
        PHOTO: 'INTACT',
        ID_DOCUMENT: 'MISMATCH',
        HUKOU_BOOKLET: 'MISSING',
        ASSESSMENT_FORM: 'INTACT',
      });
    });

    // Each check is recorded: when, and what it found.
    const checks = await db.getRepository(FixityCheck).findBy({ documentId: corrupted.id });
    expect(checks.map((c) => c.result)).toContain('INTACT');
    expect(checks.map((c) => c.result)).toContain('MISMATCH');
    expect(checks.every((c) => c.checkedAt instanceof Date)).toBe(true);

    // Staff of the county see both, with the digests; the node's other county sees neither.
    const response = await request(archive.app.getHttpServer())
      .get('/fixity/mismatches')
      .set(hukou.staffHeaders('AUDITOR'))
      .expect(200);
    const listed = (response.body.items as { documentId: string }[]).map((i) => i.documentId);
    expect(listed.sort()).toEqual([corrupted.id, missing.id].sort());
    expect(response.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          documentId: corrupted.id,
          result: 'MISMATCH',
          expectedSha256: corrupted.sha256,
          actualSize: corrupted.size,
        }),
        expect.objectContaining({ documentId: missing.id, result: 'MISSING', actualSha256: null }),
      ]),
    );
    const other = await request(archive.app.getHttpServer())
      .get('/fixity/mismatches')
      .set(hukou.staffHeaders('AUDITOR', hukou.countyCodes[1]))
      .expect(200);
    expect(other.body.items).toEqual([]);
  });
});
