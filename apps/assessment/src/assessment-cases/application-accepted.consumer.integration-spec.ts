import { deadLetterTopicName, topicName, Topics } from '@tongban/contracts';
import { Deadline, DeadlineWatch } from '@tongban/deadlines';
import {
  DEAD_LETTER_SEAL,
  DEAD_LETTER_SEALED_HEADER,
  DeadLetterHeaders,
  InboxMessage,
  openDeadLetter,
  OutboxMessage,
} from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import { anAcceptedEnvelope, eventually, TestNode } from '@tongban/testing';
import { DataSource } from 'typeorm';
import { ASSESSMENT_DEFINITION } from '../assessment.definition';
import { AssessmentCase } from './assessment-case.entity';

describe('assessment: registering accepted cases from Kafka (inbox, dead letters, R25)', () => {
  let node: TestNode;
  let assessment: ServiceApp;
  let db: DataSource;
  let acceptedTopic: string;

  beforeAll(async () => {
    node = await TestNode.create(['320106']);
    assessment = await node.start(ASSESSMENT_DEFINITION, { DEADLINE_WATCH_INTERVAL_MS: '200' });
    db = assessment.app.get(DataSource);
    acceptedTopic = topicName(Topics.applicationAccepted, { nodeId: node.nodeId });
  });

  afterAll(() => node.dispose());

  const produce = (...envelopes: ReturnType<typeof anAcceptedEnvelope>[]) =>
    node.produce(
      acceptedTopic,
      envelopes.map((e) => ({ key: e.caseId, value: JSON.stringify(e) })),
    );

  it('records an event delivered twice exactly once, with one R25 deadline', async () => {
    const envelope = anAcceptedEnvelope();
    await produce(envelope, envelope);
    // A later event on the same partition proves both copies have been consumed.
    const marker = anAcceptedEnvelope({}, { caseId: envelope.caseId });
    await produce(marker);
    await eventually(async () =>
      expect(await db.getRepository(InboxMessage).countBy({ eventId: marker.id })).toBe(1),
    );

    expect(await db.getRepository(InboxMessage).countBy({ eventId: envelope.id })).toBe(1);
    const applicationId = envelope.payload.applicationId;
    expect(await db.getRepository(AssessmentCase).findOneByOrFail({ applicationId })).toMatchObject(
      {
        status: 'AWAITING_DESIGNATION',
        claimedCategories: ['PHYSICAL'],
      },
    );
    // R25: materials complete Fri 2026-11-27 → due three working days later, Wed 2026-12-02
    expect(await db.getRepository(Deadline).findBy({ caseId: applicationId })).toEqual([
      expect.objectContaining({
        rule: 'R25',
        dueOn: '2026-12-02',
        warnOn: '2026-12-01',
        status: 'OPEN',
      }),
    ]);
  });

  it('R16, R17, R22: a plan without assessment opens no work here and starts no R25 clock', async () => {
    const renewal = anAcceptedEnvelope({ caseKind: 'RENEWAL_DAMAGED' });
    await produce(renewal);
    await eventually(async () =>
      expect(await db.getRepository(InboxMessage).countBy({ eventId: renewal.id })).toBe(1),
    );
    const applicationId = renewal.payload.applicationId;
    expect(await db.getRepository(AssessmentCase).countBy({ applicationId })).toBe(0);
    expect(await db.getRepository(Deadline).countBy({ caseId: applicationId })).toBe(0);
  });

  it('dead-letters a payload that fails validation, with the reason, and keeps consuming', async () => {
    const invalid = anAcceptedEnvelope({ caseKind: 'NEW_CARD', hukouCountyCode: '22012' });
    const valid = anAcceptedEnvelope();
    await node.produce(acceptedTopic, [
      { key: invalid.caseId, value: JSON.stringify(invalid) },
      { key: invalid.caseId, value: '{"this is": not json' },
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

    const letters = await node.readTopic(deadLetterTopicName(node.nodeId), 2);
    const letter = letters.find((m) => m.value?.toString().includes(invalid.id));
    // On the broker the letter is sealed under the node's data key: no personal data in clear.
    const onTheWire = await node.findMessage(
      deadLetterTopicName(node.nodeId),
      (m) => m.key?.toString() === invalid.caseId && m.offset === letter!.offset,
      { raw: true },
    );
    expect(onTheWire.headers![DEAD_LETTER_SEALED_HEADER]!.toString()).toBe(DEAD_LETTER_SEAL);
    expect(onTheWire.value!.toString()).not.toMatch(/张三|13800138000/);
    expect(onTheWire.value!.toString()).not.toContain(invalid.id);
    expect(JSON.parse(openDeadLetter(onTheWire.value!).toString())).toEqual(invalid);
    const reason = letter!.headers![DeadLetterHeaders.reason]!.toString();
    expect(reason).toMatch(/^validation failed: /);
    expect(reason).toMatch(/payload\.caseKind must be one of/);
    expect(reason).toMatch(/payload\.hukouCountyCode: a county code is 6 ASCII digits/);
    expect(letter!.headers![DeadLetterHeaders.originalTopic]!.toString()).toBe(acceptedTopic);
    expect(letter!.headers![DeadLetterHeaders.service]!.toString()).toBe('assessment');
    const reasons = letters.map((m) => m.headers?.[DeadLetterHeaders.reason]?.toString() ?? '');
    expect(reasons.filter((r) => r.startsWith('validation failed'))).toHaveLength(2);
  });

  it('dead-letters an event that keeps failing after retries, and keeps consuming', async () => {
    const first = anAcceptedEnvelope();
    // A different event claiming the same application breaks the primary key on every attempt.
    const conflicting = anAcceptedEnvelope({ applicationId: first.payload.applicationId });
    const after = anAcceptedEnvelope();
    await produce(first, conflicting, after);
    await eventually(async () =>
      expect(
        await db
          .getRepository(AssessmentCase)
          .countBy({ applicationId: after.payload.applicationId }),
      ).toBe(1),
    );
    const letter = (await node.readTopic(deadLetterTopicName(node.nodeId), 3)).find((m) =>
      m.value?.toString().includes(conflicting.id),
    );
    expect(letter!.headers![DeadLetterHeaders.reason]!.toString()).toMatch(
      /^processing failed after 4 attempts: duplicate key value/,
    );
    // The failed attempts rolled back: the conflicting event is not marked as handled.
    expect(await db.getRepository(InboxMessage).countBy({ eventId: conflicting.id })).toBe(0);
  });

  it('R25: warns one working day before and reports the breach after the due day, once each, de-identified', async () => {
    // Materials complete 2026-09-30: due 2026-10-10 (a make-up Saturday), long past.
    const late = anAcceptedEnvelope({ materialsCompletedOn: '2026-09-30' });
    await produce(late);
    const alerts = topicName(Topics.deadlineAlerted, { nodeId: node.nodeId });
    const isOurs = (level: string) => (m: { value: Buffer | null }) => {
      const envelope = JSON.parse(m.value!.toString());
      return envelope.caseId === late.caseId && envelope.payload.level === level;
    };
    const warning = await node.findMessage(alerts, isOurs('WARNING'));
    const breach = await node.findMessage(alerts, isOurs('BREACH'));
    expect(JSON.parse(breach.value!.toString()).payload).toEqual({
      countyCode: '320106',
      rule: 'R25',
      level: 'BREACH',
      dueOn: '2026-10-10',
      provisional: false,
    });
    expect(warning.value!.toString()).not.toMatch(/张三|13800138000|PHYSICAL/);
    const row = await db.getRepository(Deadline).findOneByOrFail({ caseId: late.caseId });
    expect(row.warnedAt).not.toBeNull();
    expect(row.breachedAt).not.toBeNull();
    // Swept again and again, the row is alerted once: the marks are what the watch checks.
    const watch = assessment.app.get(DeadlineWatch);
    await watch.nextFullPass();
    await watch.nextFullPass();
    const written = await db
      .getRepository(OutboxMessage)
      .countBy({ topic: alerts, messageKey: late.caseId });
    expect(written).toBe(2);
  });
});
