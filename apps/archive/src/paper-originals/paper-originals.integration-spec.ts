import { topicName, Topics } from '@tongban/contracts';
import { InboxMessage } from '@tongban/messaging';
import { ReadAuditEntry, ServiceApp } from '@tongban/runtime';
import { DocumentStore } from '@tongban/storage';
import { anAdultIdNumber, eventually, randomCountyCodes, TestNode } from '@tongban/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ARCHIVE_DEFINITION } from '../archive.definition';
import {
  documentsApprovedEnvelope,
  storeApprovedScan,
} from '../__tests__/documents-approved.envelope';
import { PaperOriginalMove } from './paper-original-move.entity';
import { PaperOriginal } from './paper-original.entity';

describe('archive: the register of paper originals (R19, R30; real PostgreSQL)', () => {
  let node: TestNode;
  let archive: ServiceApp;
  let db: DataSource;
  let county: string;
  let otherCounty: string;

  beforeAll(async () => {
    node = await TestNode.create(randomCountyCodes(2));
    [county, otherCounty] = node.countyCodes as [string, string];
    archive = await node.start(ARCHIVE_DEFINITION, { ARCHIVE_FIXITY_AUDIT_INTERVAL_MS: '3600000' });
    db = archive.app.get(DataSource);
  });

  afterAll(() => node.dispose());

  const http = () => request(archive.app.getHttpServer());
  const anOriginal = (overrides: Record<string, unknown> = {}) => ({
    applicationId: randomUUID(),
    holderIdNumber: anAdultIdNumber(),
    kind: 'ASSESSMENT_FORM',
    producedByCountyCode: county,
    box: '2026-箱-017',
    shelf: 'A-03',
    keptSince: '2026-11-30',
    ...overrides,
  });

  it('records an original, moves it with its history, and reads it back (audited)', async () => {
    const body = anOriginal();
    const recorded = await http()
      .post('/paper-originals')
      .set(node.staffHeaders('CLERK', county, 'clerk-3'))
      .send(body)
      .expect(201);
    expect(recorded.body).toMatchObject({
      countyCode: county,
      applicationId: body.applicationId,
      holderIdNumber: body.holderIdNumber,
      kind: 'ASSESSMENT_FORM',
      producedByCountyCode: county,
      box: '2026-箱-017',
      shelf: 'A-03',
      keptSince: '2026-11-30',
      recordedBy: 'clerk-3',
      moves: [],
    });
    const id = recorded.body.id as string;

    await http()
      .post(`/paper-originals/${id}/moves`)
      .set(node.staffHeaders('CLERK', county, 'clerk-4'))
      .send({ box: '2026-箱-018', shelf: 'B-01', movedOn: '2026-12-01', reason: '档案室整理' })
      .expect(201);

    const read = await http()
      .get(`/paper-originals/${id}`)
      .set(node.staffHeaders('AUDITOR', county, 'auditor-1'))
      .expect(200);
    expect(read.body).toMatchObject({
      box: '2026-箱-018',
      shelf: 'B-01',
      keptSince: '2026-12-01',
      holderIdNumber: body.holderIdNumber,
      moves: [
        {
          fromBox: '2026-箱-017',
          fromShelf: 'A-03',
          toBox: '2026-箱-018',
          toShelf: 'B-01',
          movedOn: '2026-12-01',
          movedBy: 'clerk-4',
          reason: '档案室整理',
        },
      ],
    });
    const audit = await db.getRepository(ReadAuditEntry).findBy({ staffId: 'auditor-1' });
    expect(audit).toEqual([
      expect.objectContaining({ caseId: body.applicationId, subject: 'paper original' }),
    ]);

    // The list masks the holder (R32).
    const list = await http()
      .get(`/paper-originals?applicationId=${body.applicationId}`)
      .set(node.staffHeaders('CLERK', county))
      .expect(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0].holderIdNumber).not.toBe(body.holderIdNumber);

    // Personal data at rest is ciphertext.
    const [raw] = (await db.query(
      'SELECT holder_id_number FROM archive.paper_original WHERE id = $1',
      [id],
    )) as { holder_id_number: string }[];
    expect(raw!.holder_id_number).toMatch(/^enc:v1:/);
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const before = await db.getRepository(PaperOriginal).count();
    const refused = await http()
      .post('/paper-originals')
      .set(node.staffHeaders('CLERK', county))
      .send(anOriginal({ holderIdNumber: '110105194912310022', box: '' }))
      .expect(400);
    const messages = (refused.body.message as string[]).join(' ');
    expect(messages).toMatch(/holderIdNumber/);
    expect(messages).toMatch(/box/);
    const future = await http()
      .post('/paper-originals')
      .set(node.staffHeaders('CLERK', county))
      .send(anOriginal({ keptSince: '2999-01-01' }))
      .expect(422);
    expect(future.body.message).toEqual([expect.stringMatching(/^keptSince:/)]);
    await http()
      .post('/paper-originals')
      .set(node.staffHeaders('CLERK', county))
      .send(anOriginal({ kind: 'LOVE_LETTER' }))
      .expect(400);
    expect(await db.getRepository(PaperOriginal).count()).toBe(before);
  });

  it('refuses the node’s other county an original it does not keep, and a case the archive holds for this one', async () => {
    const recorded = await http()
      .post('/paper-originals')
      .set(node.staffHeaders('CLERK', county))
      .send(anOriginal())
      .expect(201);
    const id = recorded.body.id as string;
    await http()
      .get(`/paper-originals/${id}`)
      .set(node.staffHeaders('AUDITOR', otherCounty))
      .expect(403);
    await http()
      .post(`/paper-originals/${id}/moves`)
      .set(node.staffHeaders('CLERK', otherCounty))
      .send({ box: 'X', shelf: 'Y', movedOn: '2026-12-01' })
      .expect(403);
    expect(await db.getRepository(PaperOriginalMove).countBy({ paperOriginalId: id })).toBe(0);
    const list = await http()
      .get('/paper-originals')
      .set(node.staffHeaders('CLERK', otherCounty))
      .expect(200);
    expect(list.body.items).toEqual([]);

    // A case whose e-archive this county keeps: the other county may not file its paper, nor
    // may this county under another holder.
    const applicationId = randomUUID();
    const idNumber = anAdultIdNumber();
    const approved = documentsApprovedEnvelope({
      hukouCountyCode: county,
      applicationId,
      idNumber,
      documents: [await storeApprovedScan(archive.app.get(DocumentStore), applicationId, 'PHOTO')],
    });
    await node.produce(topicName(Topics.caseDocumentsApproved, { nodeId: node.nodeId }), [
      { key: approved.caseId, value: JSON.stringify(approved) },
    ]);
    await eventually(async () =>
      expect(await db.getRepository(InboxMessage).countBy({ eventId: approved.id })).toBe(1),
    );
    const before = await db.getRepository(PaperOriginal).count();
    await http()
      .post('/paper-originals')
      .set(node.staffHeaders('CLERK', otherCounty))
      .send(anOriginal({ applicationId, holderIdNumber: idNumber }))
      .expect(403);
    const wrongHolder = await http()
      .post('/paper-originals')
      .set(node.staffHeaders('CLERK', county))
      .send(anOriginal({ applicationId }))
      .expect(422);
    expect(wrongHolder.body.message).toEqual([expect.stringMatching(/^holderIdNumber:/)]);
    expect(await db.getRepository(PaperOriginal).count()).toBe(before);
    await http()
      .post('/paper-originals')
      .set(node.staffHeaders('CLERK', county))
      .send(anOriginal({ applicationId, holderIdNumber: idNumber }))
      .expect(201);
  });

  it('lets an auditor read but never write', async () => {
    await http()
      .post('/paper-originals')
      .set(node.staffHeaders('AUDITOR', county))
      .send(anOriginal())
      .expect(403);
  });
});
