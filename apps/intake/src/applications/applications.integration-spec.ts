import { topicName, Topics } from '@tongban/contracts';
import { OutboxMessage } from '@tongban/messaging';
import type { StaffRole } from '@tongban/auth';
import { CARD_NUMBER_LOOKUP, lookupHash } from '@tongban/persistence';
import { ServiceApp } from '@tongban/runtime';
import {
  ADULT_ID_NUMBER,
  anAdultIdNumber,
  anApplicationRequest,
  eventually,
  IntakeClient,
  PDF_SCAN,
  TestNode,
} from '@tongban/testing';
import request from 'supertest';
import { DataSource, IsNull } from 'typeorm';
import { INTAKE_DEFINITION } from '../intake.definition';
import { ApplicationDocument } from '../documents/application-document.entity';
import { Application } from './application.entity';

/** Served by the test node, but not the residence or hukou county of any case filed here. */
const OTHER_COUNTY = '320102';

describe('intake: filing applications (real PostgreSQL, Kafka, S3)', () => {
  let node: TestNode;
  let intake: ServiceApp;
  let db: DataSource;
  let draftedTopic: string;

  beforeAll(async () => {
    // A second county on the node: its staff are served here but take part in none of these cases.
    node = await TestNode.create(['320106', OTHER_COUNTY]);
    intake = await node.start(INTAKE_DEFINITION);
    db = intake.app.get(DataSource);
    draftedTopic = topicName(Topics.applicationDrafted, { nodeId: node.nodeId });
  });

  afterAll(() => node.dispose());

  /** An HTTP client acting as a staff member of the node (first county unless given). */
  const as = (role: StaffRole, county?: string) => {
    const headers = node.staffHeaders(role, county);
    const http = request(intake.app.getHttpServer());
    return {
      get: (path: string) => http.get(path).set(headers),
      post: (path: string) => http.post(path).set(headers),
    };
  };
  const post = (path: string, body: unknown) =>
    as('CLERK')
      .post(path)
      .send(body as object);

  it('R6: files an on-site application with its event in one transaction and relays the event', async () => {
    const response = await post(
      '/applications',
      anApplicationRequest({ applicant: { idNumber: ADULT_ID_NUMBER } }),
    ).expect(201);
    const { applicationId, applicationNumber } = response.body as {
      applicationId: string;
      applicationNumber: string;
    };
    expect(response.body).toMatchObject({
      caseKind: 'NEW',
      channel: 'ON_SITE',
      status: 'SUBMITTED',
      hukouCountyCode: '220122',
    });
    expect(applicationNumber).toMatch(/^320106\d{8}\d{6}$/);
    // R32: the response does not echo the ID number in clear
    expect(JSON.stringify(response.body)).not.toContain(ADULT_ID_NUMBER);

    const [message] = await node.readTopic(draftedTopic, 1);
    expect(message!.key!.toString()).toBe(applicationId);
    expect(JSON.parse(message!.value!.toString())).toMatchObject({
      type: 'intake.application.drafted',
      caseId: applicationId,
      correlationId: applicationId,
      payload: { applicationId, caseKind: 'NEW', hukouCountyCode: '220122' },
    });
    // R32: no personal data leaves intake in this event
    expect(message!.value!.toString()).not.toMatch(/张三|11010519491231002X|13800138000|中山路/);
    await eventually(async () =>
      expect(await db.getRepository(OutboxMessage).countBy({ messageKey: applicationId })).toBe(1),
    );
    const fetched = await as('CLERK').get(`/applications/${applicationId}`).expect(200);
    expect(fetched.body.maskedIdNumber).toBe('**************002X');
  });

  it('R6: files an online application marked as such, without a staff token', async () => {
    const response = await request(intake.app.getHttpServer())
      .post('/online/applications')
      .send(anApplicationRequest())
      .expect(201);
    expect(response.body.channel).toBe('ONLINE');
  });

  it('answers an invalid body with 400 naming every bad field, and stores and publishes nothing', async () => {
    // Earlier tests' events must be on the topic before counting, or a late relay looks like ours.
    await eventually(async () =>
      expect(await db.getRepository(OutboxMessage).countBy({ publishedAt: IsNull() })).toBe(0),
    );
    const applicationsBefore = await db.getRepository(Application).count();
    const outboxBefore = await db.getRepository(OutboxMessage).count();
    const messagesBefore = await node.messageCount(draftedTopic);

    const response = await post(
      '/applications',
      anApplicationRequest({
        caseKind: 'NEW_CARD',
        residenceCountyCode: '32010',
        claimedCategories: [],
        unexpected: true,
        applicant: { idNumber: '1101051949123100', name: '', phone: '12345' },
      }),
    ).expect(400);

    const problems = (response.body as { message: string[] }).message.join('\n');
    expect(problems).toMatch(/caseKind must be one of/);
    expect(problems).toMatch(
      /applicant\.idNumber: the ID number has 16 characters; it must have 18 \(GB 11643-1999\)/,
    );
    expect(problems).toMatch(/applicant\.name must be longer than or equal to 1/);
    expect(problems).toMatch(/applicant\.phone must be an 11-digit mainland mobile number/);
    expect(problems).toMatch(/residenceCountyCode: a county code is 6 ASCII digits/);
    expect(problems).toMatch(/claimedCategories must be a non-empty list of /);
    expect(problems).toMatch(/property unexpected should not exist/);

    expect(await db.getRepository(Application).count()).toBe(applicationsBefore);
    expect(await db.getRepository(OutboxMessage).count()).toBe(outboxBefore);
    expect(await node.messageCount(draftedTopic)).toBe(messagesBefore);
  });

  it.each([
    [
      'a wrong check character',
      { applicant: { idNumber: '110105194912310021' } },
      /applicant\.idNumber: the check character does not match/,
    ],
    [
      'full-width digits',
      { applicant: { idNumber: '１10105194912310021' } },
      /applicant\.idNumber: .*full-width characters/,
    ],
    [
      'a development-zone pseudo-code',
      { hukouCountyCode: '320171' },
      /hukouCountyCode: 320171 is a statistical code of a development zone/,
    ],
    [
      'an unknown county',
      { hukouCountyCode: '329999' },
      /hukouCountyCode: 329999 is not a county-level division/,
    ],
    [
      'an email address without a domain',
      { applicant: { email: 'zhangsan@' } },
      /applicant\.email must be an email address/,
    ],
    [
      'a malformed permit date',
      { residencePermit: { placeCode: '320106', validFrom: '2025-3-1', validUntil: '2030-02-28' } },
      /residencePermit\.validFrom: expected YYYY-MM-DD, got "2025-3-1" \(ISO 8601\)/,
    ],
    [
      'an impossible permit date',
      {
        residencePermit: { placeCode: '320106', validFrom: '2025-03-01', validUntil: '2030-02-30' },
      },
      /residencePermit\.validUntil: "2030-02-30" is not a real calendar date \(month 02 of 2030 has 28 days\) \(ISO 8601\)/,
    ],
    [
      'MULTIPLE claimed without the categories it is made of',
      { claimedCategories: ['MULTIPLE'] },
      /claimedCategories: MULTIPLE \(多重残疾\) must be claimed with the two or more categories .*\(R5\)/,
    ],
    [
      'a partial cancellation that names nothing to strike off',
      { caseKind: 'CANCELLATION_PARTIAL', currentCertificateNumber: '11010519491231002X72' },
      /cancelledCategories: a partial cancellation names at least one category to strike off \(R23\)/,
    ],
    [
      'a partial cancellation striking off MULTIPLE itself',
      {
        caseKind: 'CANCELLATION_PARTIAL',
        currentCertificateNumber: '11010519491231002X72',
        cancelledCategories: ['MULTIPLE'],
      },
      /cancelledCategories: each must be a single category \(VISION, .*\) \(R23\)/,
    ],
  ])(
    'refuses %s through the domain rules, naming the field and rule',
    async (_label, overrides, message) => {
      const before = await db.getRepository(Application).count();
      const response = await post('/applications', anApplicationRequest(overrides)).expect(400);
      expect(response.body.message.join('\n')).toMatch(message);
      expect(await db.getRepository(Application).count()).toBe(before);
    },
  );

  it('R23: refuses categories to cancel on a case that is not a partial cancellation, storing nothing', async () => {
    const before = await db.getRepository(Application).count();
    const idNumber = anAdultIdNumber();
    const response = await post(
      '/applications',
      anApplicationRequest({
        caseKind: 'RENEWAL_DAMAGED',
        currentCertificateNumber: `${idNumber}42`,
        applicant: { idNumber },
        cancelledCategories: ['PHYSICAL'],
      }),
    ).expect(422);
    expect(response.body.message).toEqual([
      expect.stringMatching(
        /^cancelledCategories: only a partial cancellation \(CANCELLATION_PARTIAL\) .*\(R23\)$/,
      ),
    ]);
    expect(await db.getRepository(Application).count()).toBe(before);
  });

  it('accepts a lowercase x check character and stores it as printed', async () => {
    const response = await post(
      '/applications',
      anApplicationRequest({ applicant: { idNumber: '11010519800101018x' } }),
    ).expect(201);
    const stored = await db
      .getRepository(Application)
      .findOneByOrFail({ id: response.body.applicationId });
    expect(stored.idNumber).toBe('11010519800101018X');
  });

  it('refuses a residence county this node does not serve (R1), naming the field', async () => {
    const before = await db.getRepository(Application).count();
    const response = await post(
      '/applications',
      anApplicationRequest({ residenceCountyCode: '110105' }),
    ).expect(422);
    expect(response.body.message.join()).toMatch(
      /residenceCountyCode: county 110105 is not served by this node \(R1/,
    );
    expect(await db.getRepository(Application).count()).toBe(before);
  });

  it('answers 404 for an unknown application and 400 for a malformed id', async () => {
    await as('CLERK').get('/applications/7d0c8c52-5d1f-4a39-9d5e-2c3a4f7f1b10').expect(404);
    await as('CLERK').get('/applications/not-a-uuid').expect(400);
  });

  it('reports database, Kafka and S3 on /health, without a staff token', async () => {
    const response = await request(intake.app.getHttpServer()).get('/health').expect(200);
    expect(response.body.info).toMatchObject({
      database: { status: 'up' },
      kafka: { status: 'up' },
      storage: { status: 'up' },
    });
  });

  describe('staff access (issue 4 item 10, R1, R32)', () => {
    const clerk = () => new IntakeClient(intake.app, node.staffHeaders('CLERK'));
    const statusOf = async (id: string) =>
      (await db.getRepository(Application).findOneByOrFail({ id })).status;
    const countApplications = () => db.getRepository(Application).count();

    it('answers 401 without a token, on reads and writes, and files or changes nothing', async () => {
      const { applicationId } = await clerk().file();
      const anonymous = request(intake.app.getHttpServer());
      const before = await countApplications();
      const refused = await anonymous
        .post('/applications')
        .send(anApplicationRequest())
        .expect(401);
      expect(refused.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(refused.body.message).toMatch(/missing Authorization header/);
      await anonymous.get(`/applications/${applicationId}`).expect(401);
      await anonymous.get(`/applications/${applicationId}/materials`).expect(401);
      await anonymous.get(`/applications/${applicationId}/progress`).expect(401);
      await anonymous
        .post(`/applications/${applicationId}/refuse`)
        .send({ reasons: ['材料不全'] })
        .expect(401);
      await anonymous
        .post(`/applications/${applicationId}/refuse`)
        .set('Authorization', 'Bearer not-a-token')
        .send({ reasons: ['材料不全'] })
        .expect(401);
      expect(await countApplications()).toBe(before);
      expect(await statusOf(applicationId)).toBe('SUBMITTED');
    });

    it('answers 403 to a role that may not file or refuse, and to an auditor writing, changing nothing', async () => {
      const { applicationId } = await clerk().file();
      const before = await countApplications();
      const wrongRole = await as('ASSESSOR')
        .post('/applications')
        .send(anApplicationRequest())
        .expect(403);
      expect(wrongRole.body.message).toMatch(/role ASSESSOR may not use this endpoint.*CLERK/);
      await as('APPROVER')
        .post(`/applications/${applicationId}/refuse`)
        .send({ reasons: ['材料不全'] })
        .expect(403);
      const auditor = await as('AUDITOR')
        .post(`/applications/${applicationId}/refuse`)
        .send({ reasons: ['材料不全'] })
        .expect(403);
      expect(auditor.body.message).toMatch(/AUDITOR/);
      expect(await countApplications()).toBe(before);
      expect(await statusOf(applicationId)).toBe('SUBMITTED');
      // Reading is open to every staff role, the auditor included.
      await as('AUDITOR').get(`/applications/${applicationId}`).expect(200);
      await as('PRINTER').get(`/applications/${applicationId}/progress`).expect(200);
    });

    it('R1/R32: a clerk files only for applicants living in the clerk’s own county', async () => {
      const before = await countApplications();
      const response = await as('CLERK', OTHER_COUNTY)
        .post('/applications')
        .send(anApplicationRequest())
        .expect(403);
      expect(response.body.message).toMatch(
        /staff of county 320102 may file applications only for .*\(R1.*R32\)/,
      );
      expect(await countApplications()).toBe(before);
      // A supervisor acts as a clerk (and files for their own county).
      await as('SUPERVISOR').post('/applications').send(anApplicationRequest()).expect(201);
    });

    it('R32: staff of a served county not on the case get 403 for every read and write, and nothing changes', async () => {
      const { applicationId } = await clerk().file();
      const outsider = as('CLERK', OTHER_COUNTY);
      for (const path of ['', '/materials', '/progress']) {
        const response = await outsider.get(`/applications/${applicationId}${path}`).expect(403);
        expect(response.body.message).toMatch(/may not access this case.*\(R32\)/);
        // The refusal does not say where the applicant lives or is registered.
        expect(JSON.stringify(response.body)).not.toMatch(/320106|220122/);
      }
      const outsiderClient = new IntakeClient(intake.app, node.staffHeaders('CLERK', OTHER_COUNTY));
      await outsiderClient.upload(applicationId, 'ID_DOCUMENT', PDF_SCAN).expect(403);
      await outsiderClient.refuse(applicationId, ['材料不全']).expect(403);
      await outsiderClient.accept(applicationId).expect(403);
      await outsider
        .post(`/applications/${applicationId}/reroute`)
        .send({ hukouCountyCode: '220102', contactNote: '已电话联系申请人' })
        .expect(403);
      expect(await statusOf(applicationId)).toBe('SUBMITTED');
      expect(await db.getRepository(ApplicationDocument).countBy({ applicationId })).toBe(0);
      // An unknown case stays a 404 for them: nothing to hide.
      await outsider.get('/applications/7d0c8c52-5d1f-4a39-9d5e-2c3a4f7f1b10').expect(404);
    });

    it('answers 403 to a genuine token of a county this node does not serve', async () => {
      const { applicationId } = await clerk().file();
      const response = await as('CLERK', '110105')
        .get(`/applications/${applicationId}`)
        .expect(403);
      expect(response.body.message).toMatch(/county 110105 are not served by this node/);
    });

    it('documents the bearer token on every staff operation and none on the public ones', async () => {
      const response = await request(intake.app.getHttpServer()).get('/docs-json').expect(200);
      const document = response.body as {
        security?: unknown;
        components: { securitySchemes: Record<string, unknown> };
        paths: Record<string, Record<string, { security?: unknown }>>;
      };
      expect(document.components.securitySchemes.bearer).toMatchObject({
        type: 'http',
        scheme: 'bearer',
      });
      // Each operation says it: no document-wide default that would cover a forgotten one.
      expect(document.security).toBeUndefined();
      for (const path of ['/online/applications', '/applicant/status']) {
        expect(document.paths[path]!.post!.security).toEqual([]);
      }
      expect(document.paths['/health']!.get!.security).toEqual([]);
      expect(document.paths['/applications']!.post!.security).toEqual([{ bearer: [] }]);
    });

    it('keeps the applicant’s own status lookup open without a token', async () => {
      const idNumber = anAdultIdNumber();
      const { applicationNumber } = await clerk().file({ applicant: { idNumber } });
      const response = await request(intake.app.getHttpServer())
        .post('/applicant/status')
        .send({ applicationNumber, idNumber })
        .expect(200);
      expect(response.body.applicationNumber).toBe(applicationNumber);
    });
  });

  it('R13–R24: two filings against the same card at once: one is filed, the other refused naming the card', async () => {
    const idNumber = anAdultIdNumber();
    const card = `${idNumber}42`;
    const about = (caseKind: string) =>
      post(
        '/applications',
        anApplicationRequest({ caseKind, currentCertificateNumber: card, applicant: { idNumber } }),
      );
    const answers = await Promise.all([about('LOSS_REPLACEMENT'), about('CANCELLATION_FULL')]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.status === 409)!;
    expect(refused.body.message).toMatch(
      /^currentCertificateNumber: a (LOSS_REPLACEMENT|CANCELLATION_FULL) case about this card is already open .*\(R13–R24\)$/,
    );
    const onCard = { currentCertificateNumberHash: lookupHash(CARD_NUMBER_LOOKUP, card) };
    expect(await db.getRepository(Application).countBy(onCard)).toBe(1);
  });

  it('refuses a duplicate submission of an open application for the same person, and stores nothing', async () => {
    const idNumber = anAdultIdNumber();
    const first = await post(
      '/applications',
      anApplicationRequest({ applicant: { idNumber } }),
    ).expect(201);
    const before = await db.getRepository(Application).count();
    const again = await post(
      '/online/applications',
      anApplicationRequest({ applicant: { idNumber } }),
    ).expect(409);
    expect(again.body.message).toMatch(
      new RegExp(
        `applicant\\.idNumber: an application of this kind is already open .*${first.body.applicationNumber}`,
      ),
    );
    expect(await db.getRepository(Application).count()).toBe(before);
  });
});
