import { sha256Hex } from '@tongban/storage';
import { DocumentStore } from '@tongban/storage';
import { ServiceApp } from '@tongban/runtime';
import {
  ADULT_NEW_CERTIFICATE_SCANS,
  anApplicationRequest,
  HTML_POSING_AS_PDF,
  JPEG_PHOTO,
  photoPixels,
  pngOf,
  TRANSPARENT_PIXEL_PNG,
  IntakeClient,
  PDF_SCAN,
  PNG_PHOTO,
  TestNode,
} from '@tongban/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { INTAKE_DEFINITION } from '../intake.definition';
import { ApplicationDocument } from './application-document.entity';

describe('intake: scans and the one-time notification list (R5, R30)', () => {
  let node: TestNode;
  let intake: ServiceApp;
  let client: IntakeClient;
  let db: DataSource;

  beforeAll(async () => {
    node = await TestNode.create(['320106']);
    intake = await node.start(INTAKE_DEFINITION, { INTAKE_MAX_UPLOAD_BYTES: String(64 * 1024) });
    client = new IntakeClient(intake.app, node.staffHeaders('CLERK'));
    db = intake.app.get(DataSource);
  });

  afterAll(() => node.dispose());

  const materials = async (applicationId: string) =>
    (
      await request(intake.app.getHttpServer())
        .get(`/applications/${applicationId}/materials`)
        .set(node.staffHeaders('CLERK'))
        .expect(200)
    ).body;

  it('R5: tells every missing material at once and records the day the set became complete (R25 trigger)', async () => {
    const { applicationId } = await client.file();
    const before = await materials(applicationId);
    expect(before.complete).toBe(false);
    expect(before.missing.map((m: { id: string }) => m.id)).toEqual([
      'PHOTOS',
      'ID_DOCUMENT',
      'HUKOU_BOOKLET',
      'RESIDENCE_PERMIT',
    ]);
    expect(before.missing[0].nameZh).toBe('3张两寸近期免冠白底彩色照片');

    const photo = await client.upload(applicationId, 'PHOTO', PNG_PHOTO, 'photo.png').expect(201);
    expect(photo.body).toMatchObject({
      kind: 'PHOTO',
      contentType: 'image/png',
      sha256: sha256Hex(PNG_PHOTO),
      materialsComplete: false,
    });

    await client.upload(applicationId, 'ID_DOCUMENT', PDF_SCAN).expect(201);
    await client.upload(applicationId, 'HUKOU_BOOKLET', PDF_SCAN).expect(201);
    const last = await client.upload(applicationId, 'RESIDENCE_PERMIT', PDF_SCAN).expect(201);
    expect(last.body.materialsComplete).toBe(true);
    expect(last.body.materialsCompletedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await materials(applicationId)).complete).toBe(true);

    // R30: the bytes in S3 are the bytes uploaded, with the digest recorded at upload
    const row = await db
      .getRepository(ApplicationDocument)
      .findOneByOrFail({ applicationId, kind: 'PHOTO' });
    expect(await intake.app.get(DocumentStore).verify(row.storageKey, row.sha256)).toBe(true);
  });

  it.each([
    [
      'an HTML page posing as a photo',
      Buffer.from('<html><body>hello</body></html>'),
      'photo.jpg',
      400,
      /only JPEG or PNG images and PDF scans/,
    ],
    ['an empty file', Buffer.alloc(0), 'empty.pdf', 400, /file: a non-empty file is required/],
    [
      'a file over the size limit',
      Buffer.concat([PDF_SCAN, Buffer.alloc(70 * 1024)]),
      'big.pdf',
      413,
      /File too large/,
    ],
  ])('refuses %s and stores nothing', async (_label, bytes, filename, status, message) => {
    const { applicationId } = await client.file();
    const response = await client
      .upload(applicationId, 'ID_DOCUMENT', bytes, filename)
      .expect(status);
    expect(JSON.stringify(response.body.message)).toMatch(message);
    expect(await db.getRepository(ApplicationDocument).countBy({ applicationId })).toBe(0);
  });

  it('R5: accepts a JPEG two-inch photo', async () => {
    const { applicationId } = await client.file();
    const response = await client.upload(applicationId, 'PHOTO', JPEG_PHOTO, 'p.jpg').expect(201);
    expect(response.body.contentType).toBe('image/jpeg');
  });

  it.each([
    [
      'the 1×1 transparent PNG',
      'PHOTO',
      TRANSPARENT_PIXEL_PNG,
      [
        /^file: the photo is 1×1 px; a two-inch photo needs at least 295×413 px \(300 dpi\) to print \(R5\)$/,
        /^file: the photo is 1×1 px \(width\/height 1\.00\); a two-inch portrait photo .*\(R5\)$/,
        /^file: the photo has transparent pixels, which print as an empty box; .*\(R5\)$/,
        /^file: the photo is a single flat colour, not a picture of the applicant \(R5\)$/,
      ],
    ],
    [
      'a landscape photo',
      'PHOTO',
      pngOf(579, 413, photoPixels(579, 413)),
      [
        /^file: the photo is 579×413 px \(width\/height 1\.40\); a two-inch portrait photo .*\(R5\)$/,
      ],
    ],
    [
      'a truncated photo',
      'PHOTO',
      JPEG_PHOTO.subarray(0, 600),
      [/^file: the JPEG does not decode: .*; upload the original scan again \(R5\)$/],
    ],
    [
      'a PDF as the photo',
      'PHOTO',
      PDF_SCAN,
      [/^file: the two-inch photo must be a JPEG or PNG image, not a PDF; .*\(R5\)$/],
    ],
    [
      'an HTML page that starts with %PDF-',
      'ID_DOCUMENT',
      HTML_POSING_AS_PDF,
      [/^file: the file starts like a PDF but its structure does not parse as one; .*\(R30\)$/],
    ],
  ])(
    'refuses %s with 422 naming file and the rule, storing nothing',
    async (_label, kind, bytes, messages) => {
      const { applicationId } = await client.file();
      const response = await client.upload(applicationId, kind, bytes, 'upload').expect(422);
      const body = response.body as { message: string[] };
      expect(body.message).toHaveLength(messages.length);
      messages.forEach((message, i) => expect(body.message[i]).toMatch(message));
      expect(await db.getRepository(ApplicationDocument).countBy({ applicationId })).toBe(0);
    },
  );

  it('refuses an unknown document kind, naming the field', async () => {
    const { applicationId } = await client.file();
    const response = await client.upload(applicationId, 'SELFIE', PNG_PHOTO).expect(400);
    expect(response.body.message.join()).toMatch(/kind must be one of/);
  });

  it('refuses scans for an unknown application', async () => {
    await client.upload('7d0c8c52-5d1f-4a39-9d5e-2c3a4f7f1b10', 'PHOTO', PNG_PHOTO).expect(404);
  });

  it('refuses scans from a role other than the clerk’s, and without a token, storing nothing', async () => {
    const { applicationId } = await client.file();
    const asAssessor = new IntakeClient(intake.app, node.staffHeaders('ASSESSOR'));
    await asAssessor.upload(applicationId, 'ID_DOCUMENT', PDF_SCAN).expect(403);
    await new IntakeClient(intake.app).upload(applicationId, 'ID_DOCUMENT', PDF_SCAN).expect(401);
    expect(await db.getRepository(ApplicationDocument).countBy({ applicationId })).toBe(0);
  });

  it('refuses scans once the application is accepted', async () => {
    const { applicationId } = await client.fileComplete();
    await client.upload(applicationId, 'PHOTO', PNG_PHOTO).expect(409);
  });

  describe('R6 online: the applicant uploads with the token their filing returned', () => {
    const online = () => request(intake.app.getHttpServer());

    it('files online, sees what is missing, uploads every scan, and the materials are complete', async () => {
      const filed = await online()
        .post('/online/applications')
        .send(anApplicationRequest())
        .expect(201);
      const { applicationId, uploadToken } = filed.body as {
        applicationId: string;
        uploadToken: string;
      };
      expect(uploadToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

      const before = await online()
        .get(`/online/applications/${applicationId}/materials`)
        .set('x-applicant-upload-token', uploadToken)
        .expect(200);
      expect(before.body.missing.map((m: { id: string }) => m.id)).toEqual([
        'PHOTOS',
        'ID_DOCUMENT',
        'HUKOU_BOOKLET',
        'RESIDENCE_PERMIT',
      ]);

      for (const [kind, bytes] of ADULT_NEW_CERTIFICATE_SCANS) {
        await online()
          .post(`/online/applications/${applicationId}/documents`)
          .set('x-applicant-upload-token', uploadToken)
          .field('kind', kind)
          .attach('file', bytes, 'scan')
          .expect(201);
      }
      const after = await online()
        .get(`/online/applications/${applicationId}/materials`)
        .set('x-applicant-upload-token', uploadToken)
        .expect(200);
      expect(after.body.complete).toBe(true);
    });

    it('refuses an upload without the token, or with the token of another application, and stores nothing', async () => {
      const mine = (
        await online().post('/online/applications').send(anApplicationRequest()).expect(201)
      ).body;
      const other = (
        await online().post('/online/applications').send(anApplicationRequest()).expect(201)
      ).body;
      const upload = (token?: string) => {
        const call = online().post(`/online/applications/${mine.applicationId}/documents`);
        if (token) call.set('x-applicant-upload-token', token);
        return call.field('kind', 'PHOTO').attach('file', PNG_PHOTO, 'photo.png');
      };
      const missing = await upload().expect(401);
      expect(missing.body.message).toMatch(
        /x-applicant-upload-token: missing or not issued for this application/,
      );
      await upload(other.uploadToken).expect(401);
      await upload('not-a-token').expect(401);
      expect(
        await db.getRepository(ApplicationDocument).countBy({ applicationId: mine.applicationId }),
      ).toBe(0);
    });
  });
});
