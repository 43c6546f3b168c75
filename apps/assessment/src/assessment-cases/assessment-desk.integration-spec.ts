import { randomUUID } from 'node:crypto';
import { topicName, Topics } from '@tongban/contracts';
import type { StaffRole } from '@tongban/auth';
import { Deadline } from '@tongban/deadlines';
import { ServiceApp } from '@tongban/runtime';
import { anAcceptedEnvelope, eventually, TestClock, TestNode } from '@tongban/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ASSESSMENT_DEFINITION } from '../assessment.definition';
import { Institution } from '../institutions/institution.entity';
import { AssessmentCase } from './assessment-case.entity';

/** Served by the test node, but neither the residence nor the hukou county of the cases here. */
const OTHER_COUNTY = '320102';

const aConclusion = (overrides: Record<string, unknown> = {}) => ({
  meetsStandard: true,
  impairments: [{ category: 'PHYSICAL', level: 2 }],
  doctorName: '王医生',
  doctorSigned: true,
  institutionSealed: true,
  assessedOn: '2026-11-20',
  receivedOn: '2026-11-23',
  fee: { amountFen: 20000 },
  ...overrides,
});

describe('assessment desk: designation (R8, R25, R33), conclusion (R3), re-assessment (R9)', () => {
  let node: TestNode;
  let assessment: ServiceApp;
  let db: DataSource;
  let general: string;
  let homeVisits: string;

  beforeAll(async () => {
    node = await TestNode.create(['320106', OTHER_COUNTY]);
    // R25 is judged on the service's day: the test's, not the wall clock's (materials complete
    // Fri 2026-11-27, due Wed 2026-12-02; designated on Mon 2026-11-30).
    const clock = new TestClock();
    clock.setChinaDate('2026-11-30');
    node.clock = clock;
    assessment = await node.start(ASSESSMENT_DEFINITION, {}, { clock });
    db = assessment.app.get(DataSource);
    general = await institution({ categories: ['PHYSICAL', 'VISION'], homeVisits: false });
    homeVisits = await institution({
      name: '鼓楼区上门评定服务中心',
      categories: ['PHYSICAL', 'INTELLECTUAL', 'MENTAL'],
      homeVisits: true,
    });
  });

  afterAll(() => node.dispose());

  /** An HTTP client acting as a staff member of the node (first county unless given). */
  const as = (role: StaffRole, county?: string) => {
    const headers = node.staffHeaders(role, county);
    const http = request(assessment.app.getHttpServer());
    return {
      get: (path: string) => http.get(path).set(headers),
      post: (path: string) => http.post(path).set(headers),
    };
  };
  const http = () => as('CLERK');

  async function institution(overrides: Record<string, unknown>): Promise<string> {
    const response = await as('SUPERVISOR')
      .post('/institutions')
      .send({
        countyCode: '320106',
        name: '鼓楼医院评定中心',
        address: '南京市鼓楼区中山路321号',
        ...overrides,
      })
      .expect(201);
    return response.body.id;
  }

  async function acceptedCase(payload: Record<string, unknown> = {}): Promise<string> {
    const envelope = anAcceptedEnvelope(payload);
    await node.produce(topicName(Topics.applicationAccepted, { nodeId: node.nodeId }), [
      { key: envelope.caseId, value: JSON.stringify(envelope) },
    ]);
    await eventually(async () => http().get(`/assessment-cases/${envelope.caseId}`).expect(200));
    return envelope.caseId;
  }

  const designate = (id: string, institutionId: string) =>
    http().post(`/assessment-cases/${id}/designation`).send({ institutionId });
  const conclude = (id: string, body: object) =>
    as('ASSESSOR').post(`/assessment-cases/${id}/conclusion`).send(body);

  it('R8/R25: designates a suitable institution, tells the applicant through an event and meets R25', async () => {
    const id = await acceptedCase();
    const response = await designate(id, general).expect(200);
    expect(response.body).toMatchObject({ status: 'DESIGNATED', institutionId: general });
    expect(response.body.deadlines).toEqual([
      expect.objectContaining({ rule: 'R25', status: 'MET' }),
    ]);

    const designated = await node.findMessage(
      topicName(Topics.institutionDesignated, { nodeId: node.nodeId }),
      (m) => JSON.parse(m.value!.toString()).caseId === id,
    );
    expect(JSON.parse(designated.value!.toString()).payload).toMatchObject({
      institutionName: '鼓楼医院评定中心',
      institutionAddress: '南京市鼓楼区中山路321号',
      homeVisit: false,
    });
  });

  it.each([
    [
      'an institution that cannot assess the category',
      { claimedCategories: ['INTELLECTUAL'] },
      'general',
      /cannot assess INTELLECTUAL/,
    ],
    [
      'no home visits for an applicant who needs them (R33)',
      { homeVisitRequested: true },
      'general',
      /does not assess at home.*\(R33\)/,
    ],
    ['an unknown institution', {}, 'unknown', /no active institution/],
  ])('refuses %s and changes nothing', async (_label, payload, pick, message) => {
    const id = await acceptedCase(payload);
    const institutionId = pick === 'general' ? general : '7d0c8c52-5d1f-4a39-9d5e-2c3a4f7f1b10';
    const response = await designate(id, institutionId).expect(422);
    expect(response.body.message.join()).toMatch(message);
    expect(
      (await db.getRepository(AssessmentCase).findOneByOrFail({ applicationId: id })).status,
    ).toBe('AWAITING_DESIGNATION');
    expect((await db.getRepository(Deadline).findOneByOrFail({ caseId: id })).status).toBe('OPEN');
  });

  it('R33: a home-visit case goes to an institution that visits', async () => {
    const id = await acceptedCase({ homeVisitRequested: true, claimedCategories: ['MENTAL'] });
    await designate(id, homeVisits).expect(200);
  });

  it('R3: refuses a conclusion without the doctor’s signature or the seal, or without category and level', async () => {
    const id = await acceptedCase();
    await designate(id, general).expect(200);
    const response = await conclude(
      id,
      aConclusion({ doctorSigned: false, institutionSealed: false, impairments: [] }),
    ).expect(400);
    const problems = response.body.message.join('\n');
    expect(problems).toMatch(
      /doctorSigned: the assessment form must carry the doctor's signature \(R3\)/,
    );
    expect(problems).toMatch(
      /institutionSealed: the assessment form must carry the institution's seal \(R3\)/,
    );
    expect(problems).toMatch(
      /impairments: a conclusion that meets the standard names category and level \(R3\)/,
    );
    expect(
      (await db.getRepository(AssessmentCase).findOneByOrFail({ applicationId: id })).status,
    ).toBe('DESIGNATED');
  });

  it('R3/GB/T 26341: two impairments make category 7 at the most severe level, with the fee and waiver (R9)', async () => {
    const id = await acceptedCase({ claimedCategories: ['PHYSICAL', 'VISION'] });
    await designate(id, general).expect(200);
    const response = await conclude(
      id,
      aConclusion({
        impairments: [
          { category: 'PHYSICAL', level: 3 },
          { category: 'VISION', level: 2 },
        ],
        fee: { amountFen: 20000, waiver: { policy: '鼓楼区低保户评定费减免', amountFen: 20000 } },
      }),
    ).expect(200);
    expect(response.body.conclusion.classification).toMatchObject({
      category: 'MULTIPLE',
      level: 2,
    });
    expect(response.body.fee).toMatchObject({ amountFen: 20000, applicantPaysFen: 0 });

    const recorded = await node.findMessage(
      topicName(Topics.conclusionRecorded, { nodeId: node.nodeId }),
      (m) => JSON.parse(m.value!.toString()).caseId === id,
    );
    expect(JSON.parse(recorded.value!.toString()).payload).toMatchObject({
      meetsStandard: true,
      classification: { category: 'MULTIPLE', level: 2 },
      receivedOn: '2026-11-23',
    });
  });

  it('R3: refuses the same category twice, naming the rule', async () => {
    const id = await acceptedCase();
    await designate(id, general).expect(200);
    const response = await conclude(
      id,
      aConclusion({
        impairments: [
          { category: 'PHYSICAL', level: 3 },
          { category: 'PHYSICAL', level: 2 },
        ],
      }),
    ).expect(422);
    expect(response.body.violations).toEqual([
      expect.objectContaining({ rule: 'GB/T 26341-2010' }),
    ]);
  });

  it('R9: a conclusion that does not meet the standard can be disputed and assessed again', async () => {
    const id = await acceptedCase();
    await designate(id, general).expect(200);
    const notMet = await conclude(
      id,
      aConclusion({ meetsStandard: false, impairments: undefined }),
    ).expect(200);
    expect(notMet.body).toMatchObject({
      status: 'NOT_MET',
      conclusion: { meetsStandard: false, classification: null },
    });

    const disputed = await http()
      .post(`/assessment-cases/${id}/dispute`)
      .send({ reason: '申请人对结论有异议' })
      .expect(200);
    expect(disputed.body).toMatchObject({ status: 'AWAITING_DESIGNATION', reassessment: true });
    await designate(id, general).expect(200);
    const again = await conclude(id, aConclusion()).expect(200);
    expect(again.body).toMatchObject({ status: 'CONCLUDED', reassessment: true });
  });

  it('refuses a conclusion before designation, and a dispute before any conclusion', async () => {
    const id = await acceptedCase();
    await conclude(id, aConclusion()).expect(409);
    await http().post(`/assessment-cases/${id}/dispute`).send({ reason: '异议' }).expect(409);
  });

  describe('staff access (issue 4 item 10, R32)', () => {
    const statusOf = async (id: string) =>
      (await db.getRepository(AssessmentCase).findOneByOrFail({ applicationId: id })).status;

    it('answers 401 without a token and designates nothing', async () => {
      const id = await acceptedCase();
      const anonymous = request(assessment.app.getHttpServer());
      await anonymous.get(`/assessment-cases/${id}`).expect(401);
      await anonymous
        .post(`/assessment-cases/${id}/designation`)
        .send({ institutionId: general })
        .expect(401);
      expect(await statusOf(id)).toBe('AWAITING_DESIGNATION');
    });

    it('answers 403 to a role the step is not for, and changes nothing', async () => {
      const id = await acceptedCase();
      // Designation is the clerk's, the conclusion the assessor's.
      await as('ASSESSOR')
        .post(`/assessment-cases/${id}/designation`)
        .send({ institutionId: general })
        .expect(403);
      await designate(id, general).expect(200);
      const response = await as('CLERK')
        .post(`/assessment-cases/${id}/conclusion`)
        .send(aConclusion())
        .expect(403);
      expect(response.body.message).toMatch(/role CLERK may not use this endpoint.*ASSESSOR/);
      await as('AUDITOR')
        .post(`/assessment-cases/${id}/dispute`)
        .send({ reason: '异议' })
        .expect(403);
      expect(await statusOf(id)).toBe('DESIGNATED');
      await as('AUDITOR').get(`/assessment-cases/${id}`).expect(200);
    });

    it('R32: staff of a served county not on the case get 403 for reads and writes; nothing changes', async () => {
      const id = await acceptedCase();
      const response = await as('CLERK', OTHER_COUNTY).get(`/assessment-cases/${id}`).expect(403);
      expect(response.body.message).toMatch(/may not access this case.*\(R32\)/);
      await as('CLERK', OTHER_COUNTY)
        .post(`/assessment-cases/${id}/designation`)
        .send({ institutionId: general })
        .expect(403);
      await as('ASSESSOR', OTHER_COUNTY)
        .post(`/assessment-cases/${id}/conclusion`)
        .send(aConclusion())
        .expect(403);
      expect(await statusOf(id)).toBe('AWAITING_DESIGNATION');
      await as('CLERK', OTHER_COUNTY)
        .get('/assessment-cases/7d0c8c52-5d1f-4a39-9d5e-2c3a4f7f1b10')
        .expect(404);
    });

    it('answers 403 to a token of a county this node does not serve', async () => {
      const id = await acceptedCase();
      await as('CLERK', '110105').get(`/assessment-cases/${id}`).expect(403);
    });

    it('R8/R32: only a supervisor registers institutions, and only for their own county', async () => {
      const before = await db.getRepository(Institution).count();
      const form = {
        countyCode: '320106',
        name: '鼓楼医院评定中心',
        address: '南京市鼓楼区中山路321号',
        categories: ['PHYSICAL'],
        homeVisits: false,
      };
      await request(assessment.app.getHttpServer()).post('/institutions').send(form).expect(401);
      await as('CLERK').post('/institutions').send(form).expect(403);
      const foreign = await as('SUPERVISOR', OTHER_COUNTY)
        .post('/institutions')
        .send(form)
        .expect(403);
      expect(foreign.body.message).toMatch(/only for county 320102.*R32/);
      expect(await db.getRepository(Institution).count()).toBe(before);
      await as('SUPERVISOR', OTHER_COUNTY)
        .post('/institutions')
        .send({ ...form, countyCode: OTHER_COUNTY })
        .expect(201);
      await as('ASSESSOR').get('/institutions?countyCode=320106').expect(200);
    });

    it('R8: refuses the same institution twice in a county with 409 naming the name, whatever its spacing', async () => {
      const form = {
        countyCode: '320106',
        name: '  鼓楼区第二人民医院　 评定科 ',
        address: '南京市鼓楼区中山北路1号',
        categories: ['PHYSICAL'],
        homeVisits: false,
      };
      const first = await as('SUPERVISOR').post('/institutions').send(form).expect(201);
      expect(first.body.name).toBe('鼓楼区第二人民医院 评定科');
      const before = await db.getRepository(Institution).count();
      const again = await as('SUPERVISOR')
        .post('/institutions')
        .send({ ...form, name: '鼓楼区第二人民医院   评定科', address: '南京市鼓楼区别处路2号' })
        .expect(409);
      expect(again.body.message).toEqual([
        'name: "鼓楼区第二人民医院 评定科" is already registered as an institution of county 320106 (R8: each institution once per county)',
      ]);
      expect(await db.getRepository(Institution).count()).toBe(before);
      // The unique index backs the check, so a racing second insert cannot slip through.
      await expect(
        db.getRepository(Institution).insert({ ...first.body, id: randomUUID() }),
      ).rejects.toThrow(/institution_county_name/);
      // The same name in another county is another institution.
      await as('SUPERVISOR', OTHER_COUNTY)
        .post('/institutions')
        .send({ ...form, countyCode: OTHER_COUNTY })
        .expect(201);
    });

    it('keeps /health open without a token', async () => {
      await request(assessment.app.getHttpServer()).get('/health').expect(200);
    });
  });
});
