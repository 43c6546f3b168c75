import type { StaffRole } from '@tongban/auth';
import {
  deadLetterTopicName,
  NATIONAL_MONITOR_COUNTY,
  topicName,
  Topics,
} from '@tongban/contracts';
import { DeadLetterHeaders, InboxMessage } from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import {
  aDeadlineAlertedEnvelope,
  aStageChangedEnvelope,
  eventually,
  SECLUDED_COUNTY_CODES,
  TestNode,
} from '@tongban/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { MonitoredCase } from '../case-stages/monitored-case.entity';
import { StageChange } from '../case-stages/stage-change.entity';
import { DeadlineAlert } from '../deadline-alerts/deadline-alert.entity';
import { MONITOR_DEFINITION } from '../monitor.definition';

/**
 * Monitors are shared by every test on the national topics: this one reads only what is sent
 * after it starts, about counties no other test uses.
 */
const countyA: string = SECLUDED_COUNTY_CODES[0];
const countyB: string = SECLUDED_COUNTY_CODES[1];
/** Where the history probe's cases are, so they count in neither county above. */
const probeCounty: string = SECLUDED_COUNTY_CODES[2];

describe('national monitoring of every county (R25–R27, R32)', () => {
  let node: TestNode;
  /** The counties' side: reports signed with their exchange key, as their relays sign them. */
  let reporter: TestNode;
  let monitor: ServiceApp;
  let dataSource: DataSource;

  /** Sent before the monitor ever ran, on the partition of the case sent after it started. */
  const before = { caseId: randomUUID(), after: randomUUID() };

  beforeAll(async () => {
    node = await TestNode.create([NATIONAL_MONITOR_COUNTY]);
    reporter = await TestNode.create([...SECLUDED_COUNTY_CODES]);
    node.federateWith(reporter);
    await reporter.produceSigned(
      topicName(Topics.caseStageChanged, { nodeId: 'any' }),
      aStageChangedEnvelope(
        { countyCode: probeCounty, stage: 'ACCEPTANCE', transition: 'COMPLETED' },
        { caseId: before.caseId },
      ),
      { key: 'history-probe' },
    );
    monitor = await node.start(MONITOR_DEFINITION, { MONITOR_READS_HISTORY: 'false' });
    dataSource = monitor.app.get(DataSource);
  });

  afterAll(() => Promise.all([node.dispose(), reporter.dispose()]));

  const stageTopic = topicName(Topics.caseStageChanged, { nodeId: 'any' });
  const alertTopic = topicName(Topics.deadlineAlerted, { nodeId: 'any' });
  const send = (topic: string, ...envelopes: { caseId: string; sourceCounty: string }[]) =>
    reporter.produceSigned(topic, envelopes);
  /** An HTTP client acting as a staff member (national office unless another county is given). */
  const as = (role: StaffRole, county = NATIONAL_MONITOR_COUNTY) => {
    const headers = node.staffHeaders(role, county);
    return { get: (path: string) => request(monitor.app.getHttpServer()).get(path).set(headers) };
  };
  const office = () => as('AUDITOR');
  const lineOf = async (county: string, query = '') => {
    const body = (await office().get(`/overview?${query}`).expect(200)).body as {
      counties: { countyCode: string; openAlerts: Record<string, unknown> }[];
    };
    return body.counties.find((line) => line.countyCode === county);
  };
  const changesOf = (caseId: string) => dataSource.getRepository(StageChange).countBy({ caseId });
  const stage = (
    caseId: string,
    countyCode: string,
    stage: string,
    transition: string,
    occurredOn: string,
    occurredAt = `${occurredOn}T02:00:00.000Z`,
  ) => aStageChangedEnvelope({ countyCode, stage, transition, occurredOn }, { caseId, occurredAt });

  it('reads what is published after it first started, not the history before (MONITOR_READS_HISTORY=false)', async () => {
    await reporter.produceSigned(
      stageTopic,
      stage(before.after, probeCounty, 'ACCEPTANCE', 'COMPLETED', '2026-11-23'),
      { key: 'history-probe' },
    );
    await eventually(async () => expect(await changesOf(before.after)).toBe(1));
    // Same key, same partition, earlier offset: had it been read, it would be here already.
    expect(await changesOf(before.caseId)).toBe(0);
  });

  it('counts open cases per stage, completed and closed cases of two counties', async () => {
    const [a1, a2, a3, b1, b2] = [1, 2, 3, 4, 5].map(() => randomUUID());
    await send(
      stageTopic,
      stage(a1!, countyA, 'ACCEPTANCE', 'COMPLETED', '2026-11-23'),
      stage(a1!, countyA, 'ASSESSMENT', 'ENTERED', '2026-11-24'),
      stage(a2!, countyA, 'ACCEPTANCE', 'COMPLETED', '2026-11-24'),
      stage(a3!, countyA, 'ACCEPTANCE', 'CLOSED', '2026-11-24'),
      stage(b1!, countyB, 'APPROVAL', 'ENTERED', '2026-11-25'),
      stage(b2!, countyB, 'APPROVAL', 'ENTERED', '2026-11-20'),
      stage(b2!, countyB, 'APPROVAL', 'COMPLETED', '2026-11-26'),
    );

    const lineA = await eventually(async () => {
      const line = await lineOf(countyA);
      expect(line).toMatchObject({ openCases: { total: 2 }, closedCases: 1 });
      return line;
    });
    expect(lineA).toEqual(
      expect.objectContaining({
        openCases: { total: 2, byStage: { ACCEPTANCE: 1, ASSESSMENT: 1 } },
        completedCases: 0,
        closedCases: 1,
      }),
    );
    const lineB = await eventually(async () => {
      const line = await lineOf(countyB);
      expect(line).toMatchObject({ completedCases: 1 });
      return line;
    });
    expect(lineB).toEqual(
      expect.objectContaining({
        openCases: { total: 1, byStage: { APPROVAL: 1 } },
        completedCases: 1,
        closedCases: 0,
      }),
    );

    // A province shows its counties only; a range leaves out cases finished outside it.
    const province = await office()
      .get(`/overview?province=${countyA.slice(0, 2)}`)
      .expect(200);
    const codes = (province.body.counties as { countyCode: string }[]).map((c) => c.countyCode);
    expect(codes).toContain(countyA);
    expect(codes).not.toContain(countyB);
    expect(await lineOf(countyB, 'from=2026-11-27&to=2026-11-30')).toMatchObject({
      completedCases: 0,
      openCases: { total: 1 },
    });

    const list = await office().get(`/counties/${countyA}/cases?status=OPEN`).expect(200);
    expect(list.body).toMatchObject({ page: 1, pageSize: 50, total: 2 });
    expect(list.body.items).toEqual(
      expect.arrayContaining([
        {
          caseId: a1,
          countyCode: countyA,
          caseKind: 'NEW',
          stage: 'ASSESSMENT',
          transition: 'ENTERED',
          status: 'OPEN',
          firstSeenOn: '2026-11-23',
          lastChangedOn: '2026-11-24',
        },
        expect.objectContaining({ caseId: a2, stage: 'ACCEPTANCE' }),
      ]),
    );
    const paged = await office().get(`/counties/${countyA}/cases?pageSize=1&page=2`).expect(200);
    expect(paged.body).toMatchObject({ page: 2, pageSize: 1, total: 3 });
    expect(paged.body.items).toHaveLength(1);
  });

  it('keeps the latest stage whatever the order and repetition of delivery', async () => {
    const caseId = randomUUID();
    const accepted = stage(caseId, countyA, 'ACCEPTANCE', 'COMPLETED', '2026-11-23');
    const designated = stage(
      caseId,
      countyA,
      'ASSESSMENT',
      'ENTERED',
      '2026-11-24',
      '2026-11-24T02:00:00.000Z',
    );
    // Same day, later in it: this is where the case stands.
    const concluded = stage(
      caseId,
      countyA,
      'ASSESSMENT',
      'COMPLETED',
      '2026-11-24',
      '2026-11-24T07:00:00.000Z',
    );
    const drafted = stage(caseId, countyA, 'ACCEPTANCE', 'ENTERED', '2026-11-20');
    // One key, one partition: the oldest change, sent last, is handled after all the others.
    await send(stageTopic, concluded, accepted, concluded, designated, accepted, drafted);

    await eventually(async () => expect(await changesOf(caseId)).toBe(4));
    const found = await dataSource.getRepository(MonitoredCase).findOneByOrFail({ caseId });
    expect(found).toMatchObject({
      stage: 'ASSESSMENT',
      transition: 'COMPLETED',
      status: 'OPEN',
      firstSeenOn: '2026-11-20',
      lastChangedOn: '2026-11-24',
      lastEventId: concluded.id,
    });
  });

  it('lists WARNING then BREACH alerts, filters them, and retires them when the duty is done', async () => {
    const late = randomUUID();
    const raised = (level: string, at: string, county = countyA, rule = 'R25', caseId = late) =>
      aDeadlineAlertedEnvelope(
        { countyCode: county, rule, level, dueOn: '2026-11-26' },
        { caseId, occurredAt: at },
      );
    await send(
      alertTopic,
      raised('WARNING', '2026-11-25T16:00:00.000Z'),
      raised('BREACH', '2026-11-26T16:00:00.000Z'),
    );
    const path = `/deadline-alerts?county=${countyA}&rule=R25`;
    const all = await eventually(async () => {
      const response = await office().get(path).expect(200);
      expect(response.body.total).toBe(2);
      return response.body;
    });
    expect(all.items).toEqual([
      expect.objectContaining({ level: 'BREACH', open: true, superseded: false, caseId: late }),
      expect.objectContaining({ level: 'WARNING', open: false, superseded: true }),
    ]);
    const warnings = await office().get(`${path}&level=WARNING`).expect(200);
    expect(warnings.body.items).toEqual([expect.objectContaining({ level: 'WARNING' })]);
    expect((await office().get(`${path}&open=true`).expect(200)).body.total).toBe(1);
    expect((await office().get(`${path}&from=2026-11-27`).expect(200)).body.total).toBe(0);
    expect(await lineOf(countyA)).toMatchObject({ openAlerts: { R25: { BREACH: 1 } } });

    // R25 is discharged when the institution is designated, late as it is.
    await send(
      stageTopic,
      stage(late, countyA, 'ASSESSMENT', 'ENTERED', '2026-11-27', '2026-11-27T03:00:00.000Z'),
    );
    await eventually(async () =>
      expect((await office().get(`${path}&open=true`).expect(200)).body.total).toBe(0),
    );
    expect((await lineOf(countyA))?.openAlerts).not.toHaveProperty('R25');
    const after = await office().get(`${path}&level=BREACH`).expect(200);
    expect(after.body.items[0]).toMatchObject({ resolvedAt: '2026-11-27T03:00:00.000Z' });

    // The breach may come first: the warning raised before it still counts as superseded.
    const other = randomUUID();
    await send(
      alertTopic,
      raised('BREACH', '2026-11-26T16:00:00.000Z', countyB, 'R27', other),
      raised('WARNING', '2026-11-25T16:00:00.000Z', countyB, 'R27', other),
    );
    await eventually(async () => {
      const response = await office().get(`/deadline-alerts?county=${countyB}&open=true`);
      expect(response.body.items).toEqual([expect.objectContaining({ level: 'BREACH' })]);
      expect(
        (await office().get(`/deadline-alerts?county=${countyB}&open=false`)).body.items,
      ).toEqual([expect.objectContaining({ level: 'WARNING', superseded: true })]);
    });
  });

  it('R32: refuses an event carrying anything undeclared, and stores nothing of it', async () => {
    const deadLetters = deadLetterTopicName(node.nodeId);
    const smuggled = stage(randomUUID(), countyA, 'ACCEPTANCE', 'COMPLETED', '2026-11-24');
    const inPayload = {
      ...smuggled,
      payload: { ...smuggled.payload, applicantName: '张三', idNumber: '110105194912310021' },
    };
    const onEnvelope = {
      ...stage(randomUUID(), countyA, 'ACCEPTANCE', 'COMPLETED', '2026-11-24'),
      applicantPhone: '13800138000',
    };
    const misaddressed = aDeadlineAlertedEnvelope(
      { countyCode: countyA },
      { destinationCounty: countyB },
    );
    await send(stageTopic, inPayload, onEnvelope);
    await send(alertTopic, misaddressed);

    const reasonOf = async (id: string) => {
      const message = await node.findMessage(
        deadLetters,
        (m) => JSON.parse(m.value!.toString()).id === id,
      );
      return message.headers![DeadLetterHeaders.reason]!.toString();
    };
    expect(await reasonOf(inPayload.id)).toMatch(
      /payload\.property applicantName should not exist.*payload\.property idNumber should not exist/,
    );
    expect(await reasonOf(onEnvelope.id)).toMatch(/property applicantPhone should not exist/);
    expect(await reasonOf(misaddressed.id)).toMatch(
      /exchange refused: destination county \d{6} does not own topic tongban\.national\./,
    );

    const ids = [inPayload.id, onEnvelope.id, misaddressed.id];
    for (const id of ids) {
      expect(await dataSource.getRepository(InboxMessage).countBy({ eventId: id })).toBe(0);
      expect(await dataSource.getRepository(StageChange).countBy({ eventId: id })).toBe(0);
      expect(await dataSource.getRepository(DeadlineAlert).countBy({ eventId: id })).toBe(0);
    }
    for (const caseId of [inPayload.caseId, onEnvelope.caseId])
      expect(await dataSource.getRepository(MonitoredCase).countBy({ caseId })).toBe(0);
  });

  it('counts only reports their county signed: unsigned, forged and unknown signers are refused', async () => {
    const stranger = await TestNode.create();
    try {
      const unsigned = stage(randomUUID(), countyA, 'ACCEPTANCE', 'COMPLETED', '2026-11-24');
      const forged = stage(randomUUID(), countyA, 'ACCEPTANCE', 'COMPLETED', '2026-11-24');
      const ownCounty = stranger.countyCodes[0]!;
      const unknown = stage(randomUUID(), ownCounty, 'ACCEPTANCE', 'COMPLETED', '2026-11-24');
      await node.produce(stageTopic, [{ key: unsigned.caseId, value: JSON.stringify(unsigned) }]);
      // Signed, but by a node that is not countyA's, in countyA's name.
      await stranger.produceSigned(stageTopic, forged);
      await stranger.produceSigned(stageTopic, unknown);

      const reasonOf = async (id: string) => {
        const message = await node.findMessage(
          deadLetterTopicName(node.nodeId),
          (m) => JSON.parse(m.value!.toString()).id === id,
        );
        return message.headers![DeadLetterHeaders.reason]!.toString();
      };
      expect(await reasonOf(unsigned.id)).toMatch(/exchange refused: unsigned/);
      expect(await reasonOf(forged.id)).toMatch(
        new RegExp(`exchange refused: signature of county ${countyA} does not match`),
      );
      expect(await reasonOf(unknown.id)).toMatch(
        new RegExp(`exchange refused: signer ${ownCounty} is not a trusted county`),
      );
      for (const { caseId } of [unsigned, forged, unknown]) {
        expect(await dataSource.getRepository(MonitoredCase).countBy({ caseId })).toBe(0);
        expect(await changesOf(caseId)).toBe(0);
      }
    } finally {
      await stranger.dispose();
    }
  });

  it('is read by the national office’s supervisors and auditors only', async () => {
    const http = () => request(monitor.app.getHttpServer());
    const missing = await http().get('/overview').expect(401);
    expect(missing.body.message).toMatch(/missing Authorization header/);
    const countyClerk = await as('CLERK', countyA).get('/overview').expect(403);
    expect(countyClerk.body.message).toMatch(
      new RegExp(`staff of county ${countyA} are not served`),
    );
    const nationalClerk = await as('CLERK').get('/deadline-alerts').expect(403);
    expect(nationalClerk.body.message).toMatch(/requires SUPERVISOR or AUDITOR/);
    await as('SUPERVISOR').get(`/counties/${countyA}/cases`).expect(200);
    await as('AUDITOR').get('/deadline-alerts').expect(200);
  });

  it('answers a bad query with 400 naming the field', async () => {
    const bad = async (path: string, field: RegExp) => {
      const response = await office().get(path).expect(400);
      expect(JSON.stringify(response.body.message)).toMatch(field);
    };
    await bad('/overview?from=2026-02-30', /from must be a real calendar date/);
    await bad('/overview?from=2026-11-30&to=2026-11-01', /to must not be before from/);
    await bad('/overview?province=3', /province must be the 2-digit province prefix/);
    await bad('/deadline-alerts?level=CRITICAL', /level must be one of/);
    await bad('/deadline-alerts?rule=R99', /rule must be one of/);
    await bad('/deadline-alerts?pageSize=1000', /pageSize must not be greater than 200/);
    // 1e300 is a whole number to JavaScript; as a row offset it used to reach SQL (500).
    await bad(`/counties/${countyA}/cases?page=1e300`, /page must not be greater than 1000000/);
    await bad('/deadline-alerts?page=1.5', /page must be a whole number/);
    await bad('/deadline-alerts?open=yes', /open must be a boolean/);
    await bad('/counties/999999/cases', /countyCode/);
    await bad(`/counties/${countyA}/cases?status=LOST`, /status must be one of/);
    await bad('/overview?idNumber=110105194912310021', /property idNumber should not exist/);
  });
});
