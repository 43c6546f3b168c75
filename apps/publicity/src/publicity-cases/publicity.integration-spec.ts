import type { StaffRole } from '@tongban/auth';
import { topicName, Topics } from '@tongban/contracts';
import { Deadline } from '@tongban/deadlines';
import { InboxMessage, OutboxMessage } from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import {
  aConclusionEnvelope,
  anAcceptedEnvelope,
  eventually,
  TestClock,
  TestNode,
} from '@tongban/testing';
import request from 'supertest';
import { DataSource, In } from 'typeorm';
import { PUBLICITY_DEFINITION } from '../publicity.definition';
import { Objection } from './objection.entity';
import { PublicityCase } from './publicity-case.entity';

/** Served by the test node, but neither the residence nor the hukou county of the cases here. */
const OTHER_COUNTY = '320102';

describe('publicity at the residence county (R10, R26)', () => {
  let node: TestNode;
  let publicity: ServiceApp;
  const clock = new TestClock();

  beforeAll(async () => {
    node = await TestNode.create(['320106', OTHER_COUNTY]);
    // Staff tokens are issued and checked on the same (test) clock as the service.
    node.clock = clock;
    clock.setChinaDate('2026-11-24'); // a Tuesday, the day after the conclusion arrived
    // The node's other county posts its notices for longer than the default five days.
    publicity = await node.start(
      PUBLICITY_DEFINITION,
      { PUBLICITY_WORKING_DAYS_BY_COUNTY: `${OTHER_COUNTY}=7` },
      { clock },
    );
  });

  afterAll(() => node.dispose());

  /** An HTTP client acting as a staff member of the node (first county unless given). */
  const as = (role: StaffRole, county?: string) => {
    const headers = node.staffHeaders(role, county);
    const http = request(publicity.app.getHttpServer());
    return {
      get: (path: string) => http.get(path).set(headers),
      post: (path: string) => http.post(path).set(headers),
    };
  };
  const http = () => as('PUBLICITY_OFFICER');
  const topic = (t: (typeof Topics)[keyof typeof Topics]) => topicName(t, { nodeId: node.nodeId });
  const ofCase = (id: string) => (m: { value: Buffer | null }) =>
    JSON.parse(m.value!.toString()).caseId === id;

  async function concludedCase(
    accepted: Record<string, unknown> = {},
    conclusion: Record<string, unknown> = {},
  ) {
    const acceptedEnvelope = anAcceptedEnvelope(accepted);
    const id = acceptedEnvelope.caseId;
    await node.produce(topic(Topics.applicationAccepted), [
      { key: id, value: JSON.stringify(acceptedEnvelope) },
    ]);
    const county = acceptedEnvelope.payload.residenceCountyCode as string;
    await eventually(async () =>
      as('PUBLICITY_OFFICER', county).get(`/publicity-cases/${id}`).expect(200),
    );
    const concluded = aConclusionEnvelope(id, conclusion);
    await node.produce(topic(Topics.conclusionRecorded), [
      { key: id, value: JSON.stringify(concluded) },
    ]);
    return id;
  }

  it('R10: publicises for 5 working days, takes an objection, dismisses it, then clears the case; R26 met', async () => {
    clock.setChinaDate('2026-11-24');
    const id = await concludedCase();
    const started = await node.findMessage(topic(Topics.publicityStarted), ofCase(id));
    // Posted Tue 11-24: five working days after it end Tue 12-01.
    expect(JSON.parse(started.value!.toString()).payload).toMatchObject({
      startsOn: '2026-11-24',
      endsOn: '2026-12-01',
    });

    const tooEarly = await http()
      .post(`/publicity-cases/${id}/result`)
      .send({ summary: '公示期满，无异议' })
      .expect(409);
    expect(tooEarly.body.message).toMatch(/publicity runs until 2026-12-01.*\(R10\)/);

    clock.setChinaDate('2026-11-25');
    const objection = await http()
      .post(`/publicity-cases/${id}/objections`)
      .send({ summary: '群众反映申请人行动自如', receivedOn: '2026-11-25' })
      .expect(201);
    clock.setChinaDate('2026-12-02');
    await http().post(`/publicity-cases/${id}/result`).send({ summary: '公示期满' }).expect(409);
    await http()
      .post(`/publicity-cases/${id}/objections/${objection.body.id}/resolution`)
      .send({ decision: 'DISMISSED', resolution: '经复核，异议不成立' })
      .expect(200);
    await http()
      .post(`/publicity-cases/${id}/result`)
      .send({ summary: '公示期满，异议不成立' })
      .expect(200);

    const cleared = await node.findMessage(topic(Topics.publicityCleared), ofCase(id));
    expect(JSON.parse(cleared.value!.toString()).payload).toMatchObject({
      outcome: 'OBJECTION_DISMISSED',
      clearedOn: '2026-12-02',
    });
    const view = await http().get(`/publicity-cases/${id}`).expect(200);
    // R26: received 11-23 → due ten working days later, 12-07; done 12-02.
    expect(view.body.deadlines).toEqual([
      expect.objectContaining({ rule: 'R26', dueOn: '2026-12-07', status: 'MET' }),
    ]);
  });

  it('publicises for the period of the case’s own county where it has one (7 working days here)', async () => {
    clock.setChinaDate('2026-11-24');
    const id = await concludedCase({ residenceCountyCode: OTHER_COUNTY });
    const started = await node.findMessage(topic(Topics.publicityStarted), ofCase(id));
    // Posted Tue 11-24: seven working days after it end Thu 12-03.
    expect(JSON.parse(started.value!.toString()).payload).toMatchObject({
      startsOn: '2026-11-24',
      endsOn: '2026-12-03',
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['R10: a minor', { applicantIsMinor: true, claimedCategories: ['INTELLECTUAL'] }],
    ['R16: a damaged-card renewal', { caseKind: 'RENEWAL_DAMAGED' }],
  ])(
    '%s has no publicity in its plan: no work opens here and its conclusion starts nothing',
    async (_case, accepted) => {
      clock.setChinaDate('2026-11-24');
      const acceptedEnvelope = anAcceptedEnvelope(accepted);
      const id = acceptedEnvelope.caseId;
      const concluded = aConclusionEnvelope(id, { plan: acceptedEnvelope.payload.plan });
      const db = publicity.app.get(DataSource);
      await node.produce(topic(Topics.applicationAccepted), [
        { key: id, value: JSON.stringify(acceptedEnvelope) },
      ]);
      await node.produce(topic(Topics.conclusionRecorded), [
        { key: id, value: JSON.stringify(concluded) },
      ]);
      // Both events were handled (the inbox marks them in the transaction of their effect) …
      await eventually(async () =>
        expect(
          await db
            .getRepository(InboxMessage)
            .countBy({ eventId: In([acceptedEnvelope.id, concluded.id]) }),
        ).toBe(2),
      );
      // … and that effect was nothing: no case, no deadline, no event for the case.
      expect(await db.getRepository(PublicityCase).countBy({ applicationId: id })).toBe(0);
      expect(await db.getRepository(Deadline).countBy({ caseId: id })).toBe(0);
      const written = await db.getRepository(OutboxMessage).findBy({ messageKey: id });
      expect(written).toEqual([]);
      await http().get(`/publicity-cases/${id}`).expect(404);
    },
  );

  it('R9/R10: an upheld objection sends the case back to assessment; a new conclusion publicises again', async () => {
    clock.setChinaDate('2026-11-24');
    const id = await concludedCase();
    await eventually(async () =>
      expect((await http().get(`/publicity-cases/${id}`)).body.status).toBe('PUBLICISING'),
    );
    const objection = await http()
      .post(`/publicity-cases/${id}/objections`)
      .send({ summary: '评定时提供了他人的病历', receivedOn: '2026-11-24' })
      .expect(201);
    await http()
      .post(`/publicity-cases/${id}/objections/${objection.body.id}/resolution`)
      .send({ decision: 'UPHELD', resolution: '异议成立，重新评定' })
      .expect(200);
    const upheld = await node.findMessage(topic(Topics.objectionUpheld), ofCase(id));
    expect(JSON.parse(upheld.value!.toString()).payload.resolution).toBe('异议成立，重新评定');
    await http().post(`/publicity-cases/${id}/result`).send({ summary: '公示期满' }).expect(409);

    const again = aConclusionEnvelope(id, { reassessment: true, receivedOn: '2026-11-27' });
    await node.produce(topic(Topics.conclusionRecorded), [
      { key: id, value: JSON.stringify(again) },
    ]);
    await eventually(async () =>
      expect((await http().get(`/publicity-cases/${id}`)).body.status).toBe('PUBLICISING'),
    );
  });

  it('refuses bad input naming the field, and unknown cases', async () => {
    const id = await concludedCase();
    await eventually(async () =>
      expect((await http().get(`/publicity-cases/${id}`)).body.status).toBe('PUBLICISING'),
    );
    const bad = await http()
      .post(`/publicity-cases/${id}/objections`)
      .send({ summary: '', receivedOn: '2026/11/24' })
      .expect(400);
    expect(bad.body.message.join()).toMatch(
      /summary must be longer.*receivedOn: expected YYYY-MM-DD, got "2026\/11\/24" \(ISO 8601\)/,
    );
    await http().get('/publicity-cases/7d0c8c52-5d1f-4a39-9d5e-2c3a4f7f1b10').expect(404);
    await http()
      .post(`/publicity-cases/${id}/objections/7d0c8c52-5d1f-4a39-9d5e-2c3a4f7f1b10/resolution`)
      .send({ decision: 'MAYBE', resolution: '?' })
      .expect(400);
  });

  describe('staff access (issue 4 item 10, R32)', () => {
    const db = () => publicity.app.get(DataSource);
    const objectionsOf = (applicationId: string) =>
      db().getRepository(Objection).countBy({ applicationId });
    const statusOf = async (applicationId: string) =>
      (await db().getRepository(PublicityCase).findOneByOrFail({ applicationId })).status;
    const objection = { summary: '群众反映申请人行动自如', receivedOn: '2026-11-24' };

    async function publicisingCase(): Promise<string> {
      clock.setChinaDate('2026-11-24');
      const id = await concludedCase();
      await eventually(async () => expect(await statusOf(id)).toBe('PUBLICISING'));
      return id;
    }

    it('answers 401 without a token and records nothing', async () => {
      const id = await publicisingCase();
      const anonymous = request(publicity.app.getHttpServer());
      await anonymous.get(`/publicity-cases/${id}`).expect(401);
      await anonymous.post(`/publicity-cases/${id}/objections`).send(objection).expect(401);
      expect(await objectionsOf(id)).toBe(0);
    });

    it('answers 403 to a role other than the publicity officer’s (a supervisor may), changing nothing', async () => {
      const id = await publicisingCase();
      const response = await as('CLERK')
        .post(`/publicity-cases/${id}/objections`)
        .send(objection)
        .expect(403);
      expect(response.body.message).toMatch(/requires PUBLICITY_OFFICER or SUPERVISOR/);
      await as('AUDITOR').post(`/publicity-cases/${id}/objections`).send(objection).expect(403);
      await as('APPROVER')
        .post(`/publicity-cases/${id}/result`)
        .send({ summary: '公示期满' })
        .expect(403);
      expect(await objectionsOf(id)).toBe(0);
      expect(await statusOf(id)).toBe('PUBLICISING');
      await as('SUPERVISOR').post(`/publicity-cases/${id}/objections`).send(objection).expect(201);
      await as('AUDITOR').get(`/publicity-cases/${id}`).expect(200);
    });

    it('R32: staff of a served county not on the case get 403 for reads and writes; nothing changes', async () => {
      const id = await publicisingCase();
      const outsider = as('PUBLICITY_OFFICER', OTHER_COUNTY);
      const response = await outsider.get(`/publicity-cases/${id}`).expect(403);
      expect(response.body.message).toMatch(/may not access this case.*\(R32\)/);
      await outsider.post(`/publicity-cases/${id}/objections`).send(objection).expect(403);
      await outsider
        .post(`/publicity-cases/${id}/result`)
        .send({ summary: '公示期满' })
        .expect(403);
      expect(await objectionsOf(id)).toBe(0);
      expect(await statusOf(id)).toBe('PUBLICISING');
    });

    it('answers 403 to a token of a county this node does not serve', async () => {
      const id = await publicisingCase();
      await as('PUBLICITY_OFFICER', '110105').get(`/publicity-cases/${id}`).expect(403);
    });

    it('keeps /health open without a token', async () => {
      await request(publicity.app.getHttpServer()).get('/health').expect(200);
    });
  });
});
