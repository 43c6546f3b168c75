import { deadLetterTopicName, topicName, Topics } from '@tongban/contracts';
import { DeadLetterHeaders, InboxMessage } from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import { eventually, TestNode } from '@tongban/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ASSESSMENT_DEFINITION } from '../assessment.definition';
import { AssessmentCase } from './assessment-case.entity';

/** An `application.drafted` envelope as intake would publish it. */
function draftedEnvelope(
  overrides: { payload?: Record<string, unknown> } & Record<string, unknown> = {},
) {
  const applicationId = randomUUID();
  const { payload, ...envelope } = overrides;
  return {
    id: randomUUID(),
    type: 'intake.application.drafted',
    schemaVersion: 1,
    sourceCounty: '320106',
    destinationCounty: '320106',
    caseId: applicationId,
    correlationId: randomUUID(),
    occurredAt: new Date().toISOString(),
    payload: {
      applicationId,
      caseKind: 'NEW',
      channel: 'ONLINE',
      residenceCountyCode: '320106',
      hukouCountyCode: '220122',
      ...payload,
    },
    ...envelope,
  };
}

describe('assessment: consuming application.drafted (real Kafka and PostgreSQL)', () => {
  let node: TestNode;
  let assessment: ServiceApp;
  let db: DataSource;
  let draftedTopic: string;

  beforeAll(async () => {
    node = await TestNode.create(['320106']);
    assessment = await node.start(ASSESSMENT_DEFINITION);
    db = assessment.app.get(DataSource);
    draftedTopic = topicName(Topics.applicationDrafted, { nodeId: node.nodeId });
  });

  afterAll(() => node.dispose());

  it('records an event delivered twice exactly once', async () => {
    const envelope = draftedEnvelope();
    const value = JSON.stringify(envelope);
    await node.produce(draftedTopic, [{ key: envelope.caseId, value }]);
    await node.produce(draftedTopic, [{ key: envelope.caseId, value }]);

    // A later event on the same partition proves both copies have been consumed.
    const marker = draftedEnvelope({ caseId: envelope.caseId });
    await node.produce(draftedTopic, [{ key: envelope.caseId, value: JSON.stringify(marker) }]);
    await eventually(async () =>
      expect(await db.getRepository(InboxMessage).countBy({ eventId: marker.id })).toBe(1),
    );

    expect(await db.getRepository(InboxMessage).countBy({ eventId: envelope.id })).toBe(1);
    expect(
      await db
        .getRepository(AssessmentCase)
        .countBy({ applicationId: envelope.payload.applicationId }),
    ).toBe(1);
    const view = await request(assessment.app.getHttpServer())
      .get(`/assessment-cases/${envelope.payload.applicationId}`)
      .expect(200);
    expect(view.body).toMatchObject({ status: 'AWAITING_DESIGNATION', hukouCountyCode: '220122' });
  });

  it('dead-letters a payload that fails validation, with the reason, and keeps consuming', async () => {
    const invalid = draftedEnvelope({
      payload: { caseKind: 'NEW_CARD', hukouCountyCode: '22012' },
    });
    const notJson = '{"this is": not json';
    const valid = draftedEnvelope();
    await node.produce(draftedTopic, [
      { key: invalid.caseId, value: JSON.stringify(invalid) },
      { key: invalid.caseId, value: notJson },
      { key: valid.caseId, value: JSON.stringify(valid) },
    ]);

    await eventually(async () =>
      expect(
        await db
          .getRepository(AssessmentCase)
          .countBy({ applicationId: valid.payload.applicationId }),
      ).toBe(1),
    );
    expect(
      await db
        .getRepository(AssessmentCase)
        .countBy({ applicationId: invalid.payload.applicationId }),
    ).toBe(0);

    const deadLetters = await node.readTopic(deadLetterTopicName(node.nodeId), 2);
    const reasons = deadLetters.map((m) => m.headers?.[DeadLetterHeaders.reason]?.toString() ?? '');
    const invalidLetter = deadLetters.find((m) => m.value?.toString().includes(invalid.id));
    expect(invalidLetter).toBeDefined();
    const invalidReason = invalidLetter!.headers![DeadLetterHeaders.reason]!.toString();
    expect(invalidReason).toMatch(/^validation failed: /);
    expect(invalidReason).toMatch(/payload\.caseKind must be one of/);
    expect(invalidReason).toMatch(/payload\.hukouCountyCode: a county code is 6 ASCII digits/);
    expect(invalidLetter!.headers![DeadLetterHeaders.originalTopic]!.toString()).toBe(draftedTopic);
    expect(invalidLetter!.headers![DeadLetterHeaders.service]!.toString()).toBe('assessment');
    expect(reasons.filter((r) => r.startsWith('validation failed'))).toHaveLength(2);
  });

  it('dead-letters an event that keeps failing after retries, and keeps consuming', async () => {
    const first = draftedEnvelope();
    // A different event claiming the same application breaks the primary key on every attempt.
    const conflicting = draftedEnvelope({
      caseId: first.caseId,
      payload: { applicationId: first.payload.applicationId },
    });
    const after = draftedEnvelope();
    await node.produce(draftedTopic, [
      { key: first.caseId, value: JSON.stringify(first) },
      { key: first.caseId, value: JSON.stringify(conflicting) },
      { key: after.caseId, value: JSON.stringify(after) },
    ]);

    await eventually(async () =>
      expect(
        await db
          .getRepository(AssessmentCase)
          .countBy({ applicationId: after.payload.applicationId }),
      ).toBe(1),
    );
    const letters = await node.readTopic(deadLetterTopicName(node.nodeId), 3);
    const letter = letters.find((m) => m.value?.toString().includes(conflicting.id));
    expect(letter!.headers![DeadLetterHeaders.reason]!.toString()).toMatch(
      /^processing failed after 4 attempts: duplicate key value/,
    );
    // The failed attempts rolled back: the conflicting event is not marked as handled.
    expect(await db.getRepository(InboxMessage).countBy({ eventId: conflicting.id })).toBe(0);
  });
});
