import { topicName, Topics } from '@tongban/contracts';
import { InboxMessage } from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import { DocumentStore, sha256Hex } from '@tongban/storage';
import { anAdultIdNumber, eventually, randomCountyCodes, TestNode } from '@tongban/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ARCHIVE_DEFINITION } from '../archive.definition';
import {
  documentsApprovedEnvelope,
  storeApprovedScan,
} from '../__tests__/documents-approved.envelope';
import { ArchivedDocument } from './archived-document.entity';
import { HolderArchive } from './holder-archive.entity';

describe('archive: the holder’s e-archive from what approval verified (R30; real Kafka, PostgreSQL, S3)', () => {
  let hukou: TestNode;
  let archive: ServiceApp;
  let db: DataSource;
  let store: DocumentStore;
  let topic: string;

  beforeAll(async () => {
    // Two counties: the second is served by the node but keeps none of these cases.
    hukou = await TestNode.create(randomCountyCodes(2));
    // The audit stays out of the way here: fixity has its own spec.
    archive = await hukou.start(ARCHIVE_DEFINITION, {
      ARCHIVE_FIXITY_AUDIT_INTERVAL_MS: '3600000',
    });
    db = archive.app.get(DataSource);
    store = archive.app.get(DocumentStore);
    topic = topicName(Topics.caseDocumentsApproved, { nodeId: hukou.nodeId });
  });

  afterAll(() => hukou.dispose());

  const send = (...envelopes: { caseId: string }[]) =>
    hukou.produce(
      topic,
      envelopes.map((e) => ({ key: e.caseId, value: JSON.stringify(e) })),
    );

  const handled = (eventId: string) =>
    eventually(async () =>
      expect(await db.getRepository(InboxMessage).countBy({ eventId })).toBe(1),
    );

  it('files every verified scan once, copied into archive’s keys, under one archive per holder', async () => {
    const idNumber = anAdultIdNumber();
    const applicationId = randomUUID();
    const form = Buffer.from('%PDF-1.4 assessment form '.repeat(500));
    const scans = [
      await storeApprovedScan(store, applicationId, 'PHOTO'),
      await storeApprovedScan(store, applicationId, 'ASSESSMENT_FORM', form),
    ];
    const approved = documentsApprovedEnvelope({
      hukouCountyCode: hukou.countyCodes[0]!,
      applicationId,
      idNumber,
      documents: scans,
    });
    await send(approved, approved);
    // A later event of the same holder on the same key proves both copies were consumed.
    const secondCase = randomUUID();
    const later = documentsApprovedEnvelope({
      hukouCountyCode: hukou.countyCodes[0]!,
      applicationId: secondCase,
      idNumber,
      documents: [await storeApprovedScan(store, secondCase, 'OLD_CERTIFICATE')],
    });
    await send({ ...later, caseId: approved.caseId });
    await handled(later.id);

    const holders = await db.getRepository(HolderArchive).find();
    const mine = holders.filter((h) => h.holderIdNumber === idNumber);
    expect(mine).toHaveLength(1);
    const documents = await db
      .getRepository(ArchivedDocument)
      .find({ where: { holderArchiveId: mine[0]!.id }, order: { kind: 'ASC' } });
    expect(documents.map((d) => [d.applicationId, d.kind])).toEqual([
      [applicationId, 'ASSESSMENT_FORM'],
      [secondCase, 'OLD_CERTIFICATE'],
      [applicationId, 'PHOTO'],
    ]);
    const formRow = documents[0]!;
    expect(formRow).toMatchObject({
      countyCode: hukou.countyCodes[0],
      caseKind: 'NEW',
      approvedOn: '2026-11-30',
      sha256: sha256Hex(form),
      size: form.length,
      contentType: 'application/pdf',
      sourceKey: scans[1]!.key,
      filedByEventId: approved.id,
    });
    // archive holds its own copy: the bytes are there under its key, with the recorded digest.
    expect(formRow.objectKey).toBe(
      `archive/cases/${applicationId}/ASSESSMENT_FORM/${sha256Hex(form)}`,
    );
    expect(await store.streamDigest(formRow.objectKey)).toEqual({
      sha256: sha256Hex(form),
      size: form.length,
    });

    // The ID number is stored only encrypted, found by its keyed hash (R32).
    const [raw] = (await db.query(
      'SELECT holder_id_number, holder_id_lookup, holder_name FROM archive.holder_archive WHERE id = $1',
      [mine[0]!.id],
    )) as { holder_id_number: string; holder_id_lookup: string; holder_name: string }[];
    expect(raw!.holder_id_number).toMatch(/^enc:v1:/);
    expect(raw!.holder_name).toMatch(/^enc:v1:/);
    expect(raw!.holder_id_lookup).not.toContain(idNumber);

    // Staff of the county read the holder's archive through one of the cases (audited).
    const response = await request(archive.app.getHttpServer())
      .get(`/e-archive/cases/${secondCase}`)
      .set(hukou.staffHeaders('AUDITOR'))
      .expect(200);
    expect(response.body).toMatchObject({ holderIdNumber: idNumber, holderName: '张三' });
    expect(response.body.documents).toHaveLength(3);
  });

  it('survives a restart: an event sent while archive is down is filed when it is back', async () => {
    await hukou.stop(archive);
    const applicationId = randomUUID();
    const scans = [await storeApprovedScan(store, applicationId, 'ID_DOCUMENT')];
    const approved = documentsApprovedEnvelope({
      hukouCountyCode: hukou.countyCodes[0]!,
      applicationId,
      documents: scans,
    });
    await send(approved);
    archive = await hukou.start(ARCHIVE_DEFINITION, {
      ARCHIVE_FIXITY_AUDIT_INTERVAL_MS: '3600000',
    });
    db = archive.app.get(DataSource);
    await handled(approved.id);
    expect(await db.getRepository(ArchivedDocument).countBy({ applicationId })).toBe(1);
  });

  it('refuses the e-archive of a case to staff of the node’s other county (R32)', async () => {
    const applicationId = randomUUID();
    const approved = documentsApprovedEnvelope({
      hukouCountyCode: hukou.countyCodes[0]!,
      applicationId,
      documents: [await storeApprovedScan(store, applicationId, 'PHOTO')],
    });
    await send(approved);
    await handled(approved.id);
    await request(archive.app.getHttpServer())
      .get(`/e-archive/cases/${applicationId}`)
      .set(hukou.staffHeaders('CLERK', hukou.countyCodes[1]))
      .expect(403);
  });
});
