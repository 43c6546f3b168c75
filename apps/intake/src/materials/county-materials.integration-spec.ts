import { topicName, Topics } from '@tongban/contracts';
import { ServiceApp } from '@tongban/runtime';
import {
  concludeAndClear,
  IntakeClient,
  livingIn,
  PDF_SCAN,
  randomCountyCode,
  TestNode,
} from '@tongban/testing';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApplicationDocument } from '../documents/application-document.entity';
import { INTAKE_DEFINITION } from '../intake.definition';

/** A county that adds its own material to the one-time notification list (R5, R35). */
describe('intake: a county’s own materials (R2, real PostgreSQL, Kafka, S3)', () => {
  let node: TestNode;
  let hukou: TestNode;
  let intake: ServiceApp;
  let client: IntakeClient;
  let county: string;

  beforeAll(async () => {
    node = await TestNode.create();
    county = node.countyCodes[0]!;
    hukou = await TestNode.create([randomCountyCode()]);
    node.federateWith(hukou);
    const materialsFile = join(mkdtempSync(join(tmpdir(), 'intake-')), 'county-materials.json');
    writeFileSync(
      materialsFile,
      JSON.stringify({
        [county]: [
          {
            id: 'COMMUNITY_PROOF',
            nameZh: '社区出具的居住证明',
            labelEn: 'Proof of residence from the community',
            kinds: ['NEW'],
          },
        ],
      }),
    );
    intake = await node.start(INTAKE_DEFINITION, { INTAKE_COUNTY_MATERIALS_FILE: materialsFile });
    client = new IntakeClient(intake.app, node.staffHeaders('CLERK', county));
  });

  afterAll(async () => {
    await node.dispose();
    await hukou.dispose();
  });

  /** Files in this county for the hukou node's county. */
  const anApplication = () => ({ ...livingIn(county), hukouCountyCode: hukou.countyCodes[0]! });

  const documentCount = (applicationId: string) =>
    intake.app.get(DataSource).getRepository(ApplicationDocument).countBy({ applicationId });

  it('R2: lists the county’s material, keeps the case incomplete without it, and accepts once it is in', async () => {
    const { applicationId } = await client.file(anApplication());
    await client.uploadAll(applicationId);

    const materials = await request(intake.app.getHttpServer())
      .get(`/applications/${applicationId}/materials`)
      .set(node.staffHeaders('CLERK', county))
      .expect(200);
    expect(materials.body).toMatchObject({ complete: false, materialsCompletedOn: null });
    expect(materials.body.missing).toEqual([
      expect.objectContaining({ id: 'COMMUNITY_PROOF', nameZh: '社区出具的居住证明' }),
    ]);
    const refused = await client.accept(applicationId).expect(422);
    expect(refused.body.message).toEqual([
      'materials: missing 社区出具的居住证明 (Proof of residence from the community) (R2)',
    ]);

    const handedIn = await client
      .upload(applicationId, 'OTHER', PDF_SCAN, 'proof.pdf', 'COMMUNITY_PROOF')
      .expect(201);
    expect(handedIn.body).toMatchObject({
      kind: 'OTHER',
      materialId: 'COMMUNITY_PROOF',
      materialsComplete: true,
    });
    await client.accept(applicationId).expect(200);

    // Assessed and publicised, the case goes to the hukou county, which learns what the scan is.
    await concludeAndClear(node, applicationId, county);
    const handover = await hukou.findMessage(
      topicName(Topics.caseHandedOver, { nodeId: hukou.nodeId, countyCode: hukou.countyCodes[0]! }),
      (m) => JSON.parse(m.value!.toString()).caseId === applicationId,
      { timeoutMs: 30_000 },
    );
    const documents = JSON.parse(handover.value!.toString()).payload.documents as {
      kind: string;
      title?: string;
    }[];
    expect(documents.filter((d) => d.title !== undefined)).toEqual([
      expect.objectContaining({ kind: 'OTHER', title: '社区出具的居住证明' }),
    ]);
  });

  it('R2: refuses a scan naming a material the county does not ask for, or with the wrong kind, storing nothing', async () => {
    const { applicationId } = await client.file(anApplication());
    const unknown = await client
      .upload(applicationId, 'OTHER', PDF_SCAN, 'x.pdf', 'LANDLORD_LETTER')
      .expect(400);
    expect(unknown.body.message.join('\n')).toBe(
      `material: LANDLORD_LETTER is not an extra material of county ${county} for NEW cases (R2; its extras: COMMUNITY_PROOF)`,
    );
    const wrongKind = await client
      .upload(applicationId, 'PHOTO', PDF_SCAN, 'x.pdf', 'COMMUNITY_PROOF')
      .expect(400);
    expect(wrongKind.body.message.join('\n')).toMatch(
      /^kind: a scan naming a county material must be of kind OTHER \(R2\)/,
    );
    const malformed = await client
      .upload(applicationId, 'OTHER', PDF_SCAN, 'x.pdf', 'community proof')
      .expect(400);
    expect(malformed.body.message.join('\n')).toMatch(/material must be a material id/);
    expect(await documentCount(applicationId)).toBe(0);
  });
});
