import { topicName, Topics } from '@tongban/contracts';
import { OutboxMessage } from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import { ADULT_ID_NUMBER, anApplicationRequest, eventually, TestNode } from '@tongban/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { INTAKE_DEFINITION } from '../intake.definition';
import { Application } from './application.entity';

describe('intake: filing applications (real PostgreSQL, Kafka, S3)', () => {
  let node: TestNode;
  let intake: ServiceApp;
  let db: DataSource;
  let draftedTopic: string;

  beforeAll(async () => {
    node = await TestNode.create(['320106']);
    intake = await node.start(INTAKE_DEFINITION);
    db = intake.app.get(DataSource);
    draftedTopic = topicName(Topics.applicationDrafted, { nodeId: node.nodeId });
  });

  afterAll(() => node.dispose());

  const post = (path: string, body: unknown) =>
    request(intake.app.getHttpServer())
      .post(path)
      .send(body as object);

  it('R6: files an on-site application with its event in one transaction and relays the event', async () => {
    const response = await post('/applications', anApplicationRequest()).expect(201);
    const { applicationId, applicationNumber } = response.body as {
      applicationId: string;
      applicationNumber: string;
    };
    expect(response.body).toMatchObject({
      caseKind: 'NEW',
      channel: 'ON_SITE',
      status: 'DRAFT',
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
    const fetched = await request(intake.app.getHttpServer())
      .get(`/applications/${applicationId}`)
      .expect(200);
    expect(fetched.body.maskedIdNumber).toBe('**************002X');
  });

  it('R6: files an online application marked as such', async () => {
    const response = await post('/online/applications', anApplicationRequest()).expect(201);
    expect(response.body.channel).toBe('ONLINE');
  });

  it('answers an invalid body with 400 naming every bad field, and stores and publishes nothing', async () => {
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
    expect(problems).toMatch(/claimedCategories must contain at least 1 elements/);
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
      'an impossible permit date',
      { residencePermit: { placeCode: '320106', validFrom: '2025-3-1', validUntil: '2030-02-28' } },
      /residencePermit\.validFrom must be a date YYYY-MM-DD/,
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

  it('accepts a lowercase x check character and stores it as printed', async () => {
    const response = await post(
      '/applications',
      anApplicationRequest({ applicant: { idNumber: '11010519491231002x' } }),
    ).expect(201);
    const stored = await db
      .getRepository(Application)
      .findOneByOrFail({ id: response.body.applicationId });
    expect(stored.idNumber).toBe('11010519491231002X');
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
    await request(intake.app.getHttpServer())
      .get('/applications/7d0c8c52-5d1f-4a39-9d5e-2c3a4f7f1b10')
      .expect(404);
    await request(intake.app.getHttpServer()).get('/applications/not-a-uuid').expect(400);
  });

  it('reports database, Kafka and S3 on /health', async () => {
    const response = await request(intake.app.getHttpServer()).get('/health').expect(200);
    expect(response.body.info).toMatchObject({
      database: { status: 'up' },
      kafka: { status: 'up' },
      storage: { status: 'up' },
    });
  });
});
