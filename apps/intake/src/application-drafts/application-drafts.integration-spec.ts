import { topicName, Topics } from '@tongban/contracts';
import { OutboxMessage } from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import { anApplicationDraftRequest, eventually, TestNode } from '@tongban/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { INTAKE_DEFINITION } from '../intake.definition';
import { ApplicationDraft } from './application-draft.entity';

describe('intake: application drafts (real PostgreSQL, Kafka, S3)', () => {
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

  it('stores a valid draft with its event in one transaction and relays the event to Kafka', async () => {
    const response = await request(intake.app.getHttpServer())
      .post('/applications/drafts')
      .send(anApplicationDraftRequest())
      .expect(201);

    const { applicationId } = response.body as { applicationId: string };
    expect(response.body).toMatchObject({
      caseKind: 'NEW',
      residenceCountyCode: '320106',
      hukouCountyCode: '220122',
    });
    // R32: the response does not echo the ID number in clear
    expect(JSON.stringify(response.body)).not.toContain('11010519491231002X');

    const outbox = await db
      .getRepository(OutboxMessage)
      .findOneByOrFail({ messageKey: applicationId });
    expect(outbox.topic).toBe(draftedTopic);

    const [message] = await node.readTopic(draftedTopic, 1);
    const envelope = JSON.parse(message!.value!.toString());
    expect(message!.key!.toString()).toBe(applicationId);
    expect(envelope).toMatchObject({
      type: 'intake.application.drafted',
      schemaVersion: 1,
      caseId: applicationId,
      sourceCounty: '320106',
      payload: { applicationId, caseKind: 'NEW', hukouCountyCode: '220122' },
    });
    // R32: no personal data leaves intake in the event
    expect(message!.value!.toString()).not.toMatch(/张三|11010519491231002X|13800138000/);
    await eventually(async () =>
      expect(
        (await db.getRepository(OutboxMessage).findOneByOrFail({ eventId: envelope.id }))
          .publishedAt,
      ).not.toBeNull(),
    );

    const fetched = await request(intake.app.getHttpServer())
      .get(`/applications/drafts/${applicationId}`)
      .expect(200);
    expect(fetched.body.maskedIdNumber).toBe('**************002X');
  });

  it('answers an invalid body with 400 naming every bad field, and stores and publishes nothing', async () => {
    const draftsBefore = await db.getRepository(ApplicationDraft).count();
    const outboxBefore = await db.getRepository(OutboxMessage).count();
    const messagesBefore = await node.messageCount(draftedTopic);

    const response = await request(intake.app.getHttpServer())
      .post('/applications/drafts')
      .send(
        anApplicationDraftRequest({
          caseKind: 'NEW_CARD',
          idNumber: '1101051949123100',
          residenceCountyCode: '32010',
          applicantName: '',
          unexpected: true,
        }),
      )
      .expect(400);

    const problems = (response.body as { message: string[] }).message.join('\n');
    expect(problems).toMatch(/caseKind must be one of/);
    expect(problems).toMatch(
      /idNumber: the ID number has 16 characters; it must have 18 \(GB 11643-1999\)/,
    );
    expect(problems).toMatch(/residenceCountyCode: a county code is 6 ASCII digits/);
    expect(problems).toMatch(/applicantName must be longer than or equal to 1/);
    expect(problems).toMatch(/property unexpected should not exist/);

    expect(await db.getRepository(ApplicationDraft).count()).toBe(draftsBefore);
    expect(await db.getRepository(OutboxMessage).count()).toBe(outboxBefore);
    expect(await node.messageCount(draftedTopic)).toBe(messagesBefore);
  });

  it.each([
    [
      'a wrong check character',
      { idNumber: '110105194912310021' },
      /idNumber: the check character does not match/,
    ],
    ['full-width digits', { idNumber: '１10105194912310021' }, /idNumber: .*full-width characters/],
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
  ])(
    'refuses %s through the domain rules, naming the field and rule',
    async (_label, overrides, message) => {
      const draftsBefore = await db.getRepository(ApplicationDraft).count();
      const response = await request(intake.app.getHttpServer())
        .post('/applications/drafts')
        .send(anApplicationDraftRequest(overrides))
        .expect(400);
      expect(response.body.message.join('\n')).toMatch(message);
      expect(await db.getRepository(ApplicationDraft).count()).toBe(draftsBefore);
    },
  );

  it('accepts a lowercase x check character and stores it as printed', async () => {
    const response = await request(intake.app.getHttpServer())
      .post('/applications/drafts')
      .send(anApplicationDraftRequest({ idNumber: '11010519491231002x' }))
      .expect(201);
    const stored = await db
      .getRepository(ApplicationDraft)
      .findOneByOrFail({ id: response.body.applicationId });
    expect(stored.idNumber).toBe('11010519491231002X');
  });

  it('refuses a residence county this node does not serve (R1), naming the field', async () => {
    const draftsBefore = await db.getRepository(ApplicationDraft).count();
    const response = await request(intake.app.getHttpServer())
      .post('/applications/drafts')
      .send(anApplicationDraftRequest({ residenceCountyCode: '110105' }))
      .expect(422);
    expect(response.body.message.join()).toMatch(
      /residenceCountyCode: county 110105 is not served by this node \(R1/,
    );
    expect(await db.getRepository(ApplicationDraft).count()).toBe(draftsBefore);
  });

  it('answers 404 for an unknown draft and 400 for a malformed id', async () => {
    await request(intake.app.getHttpServer())
      .get('/applications/drafts/7d0c8c52-5d1f-4a39-9d5e-2c3a4f7f1b10')
      .expect(404);
    await request(intake.app.getHttpServer()).get('/applications/drafts/not-a-uuid').expect(400);
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
