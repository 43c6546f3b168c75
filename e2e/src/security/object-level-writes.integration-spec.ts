import { ROLES_EXTENSION, type StaffRole } from '@tongban/auth';
import { addDays, parseLocalDate } from '@tongban/domain';
import { anAdultIdNumber } from '@tongban/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  ADULT_SCANS,
  aConclusion,
  TwoCountyFederation,
} from '../new-certificate/two-county-federation';

type Service = 'intake' | 'assessment' | 'publicity' | 'approval' | 'printing';
type Method = 'post' | 'put' | 'patch' | 'delete';

interface Operation {
  security?: unknown[];
  [ROLES_EXTENSION]?: StaffRole[];
}

/** Staff writes by id that a new certificate's walk does not reach, each with why. */
const NOT_IN_A_NEW_CASE: Record<string, string> = {
  'intake POST /applications/{applicationId}/old-card':
    'old cards are collected only in renewals, replacements and cancellations (R28)',
  'intake POST /applications/{applicationId}/card-facts/request':
    'a new certificate names no current card (R13–R24)',
};

/**
 * Security item 4, object level, for writes: staff of the other county of the same node, in
 * the right role and with a body the county on the case then sends successfully, are refused
 * (403 or 404, never 400: the refusal is the object check, not validation) at every step of a
 * new certificate and at every alternative step the case could take there; and what they tried
 * changed nothing, which the owner's own step right after shows by succeeding. The writes come
 * from the OpenAPI documents: a staff write by id that neither the walk nor the table above
 * covers fails the spec.
 */
describe('object-level access: every staff write by id, tried first by the other county of the node', () => {
  let f: TwoCountyFederation;
  const exceptions: string[] = [];
  const exercised = new Set<string>();

  beforeAll(async () => {
    f = await TwoCountyFederation.start({ residenceCounties: 2 });
  }, 120_000);

  afterAll(() => f.dispose());

  const nodeOf = (service: Service) =>
    ['approval', 'printing'].includes(service) ? f.hukou : f.residence;
  const http = (service: Service) => request(f.services.get(service)!.app.getHttpServer());

  /**
   * The other county's attempt at a write: refused by the object check. `template` is the
   * path as the OpenAPI document names it, `path` the same with the ids filled in.
   */
  async function intrude(
    service: Service,
    role: StaffRole,
    template: string,
    path: string,
    body: object | ((req: request.Test) => request.Test),
  ): Promise<void> {
    const otherCounty = nodeOf(service).countyCodes[1]!;
    const req = http(service).post(path).set(nodeOf(service).staffHeaders(role, otherCounty));
    const response = await (typeof body === 'function' ? body(req) : req.send(body));
    const where = `${service} POST ${template}`;
    exercised.add(where);
    // A 404 from the router (a path that does not exist) would prove nothing.
    const routed = !/Cannot POST/.test(response.text);
    if (![403, 404].includes(response.status) || !routed)
      exceptions.push(`${where} as the other county: ${response.status} ${response.text}`);
  }

  it('refuses every write of the other county on a case it is not on, and changes nothing', async () => {
    f.clock.setChinaDate('2026-11-30');
    const idNumber = anAdultIdNumber();
    const filed = await f
      .as('intake', 'CLERK')
      .post('/applications')
      .send(f.applicationForm({ applicant: { idNumber } }))
      .expect(201);
    const id = filed.body.applicationId as string;
    const app = (suffix: string) => `/applications/${id}${suffix}`;

    for (const [kind, bytes] of ADULT_SCANS) {
      await intrude(
        'intake',
        'CLERK',
        '/applications/{applicationId}/documents',
        app('/documents'),
        (req) => req.field('kind', kind).attach('file', bytes, 'scan'),
      );
      await f
        .as('intake', 'CLERK')
        .post(app('/documents'))
        .field('kind', kind)
        .attach('file', bytes, 'scan')
        .expect(201);
    }
    // The other county's uploads left nothing behind: only the owner's scans are stored.
    const stored = await f.services
      .get('intake')!
      .app.get(DataSource)
      .query(
        'SELECT count(*)::int AS n FROM intake.application_document WHERE application_id = $1',
        [id],
      );
    expect(stored[0].n).toBe(ADULT_SCANS.length);

    await intrude('intake', 'CLERK', '/applications/{applicationId}/refuse', app('/refuse'), {
      reasons: ['居住证已过期 (R1)'],
    });
    await intrude('intake', 'CLERK', '/applications/{applicationId}/accept', app('/accept'), {});
    await f.as('intake', 'CLERK').post(app('/accept')).send({}).expect(200);

    const assessment = (suffix: string) => `/assessment-cases/${id}${suffix}`;
    await f.until('assessment', 'CLERK', assessment(''), (c: { status: string }) =>
      expect(c.status).toBe('AWAITING_DESIGNATION'),
    );
    const designation = { institutionId: f.institutionId };
    await intrude(
      'assessment',
      'CLERK',
      '/assessment-cases/{applicationId}/designation',
      assessment('/designation'),
      designation,
    );
    await f
      .as('assessment', 'CLERK')
      .post(assessment('/designation'))
      .send(designation)
      .expect(200);
    await intrude(
      'assessment',
      'ASSESSOR',
      '/assessment-cases/{applicationId}/conclusion',
      assessment('/conclusion'),
      aConclusion(),
    );
    await f
      .as('assessment', 'ASSESSOR')
      .post(assessment('/conclusion'))
      .send(aConclusion())
      .expect(200);

    const publicity = (suffix: string) => `/publicity-cases/${id}${suffix}`;
    const notice = await f.until(
      'publicity',
      'PUBLICITY_OFFICER',
      publicity(''),
      (c: { status: string; endsOn: string }) => expect(c.status).toBe('PUBLICISING'),
    );
    // A dispute belongs to the publicity window (R9).
    await intrude(
      'assessment',
      'CLERK',
      '/assessment-cases/{applicationId}/dispute',
      assessment('/dispute'),
      { reason: '申请人对评定结论有异议' },
    );
    const objection = { summary: '群众来信反映情况不实', receivedOn: '2026-11-30' };
    await intrude(
      'publicity',
      'PUBLICITY_OFFICER',
      '/publicity-cases/{applicationId}/objections',
      publicity('/objections'),
      objection,
    );
    const recorded = await f
      .as('publicity', 'PUBLICITY_OFFICER')
      .post(publicity('/objections'))
      .send(objection)
      .expect(201);
    const resolution = { decision: 'DISMISSED', resolution: '经核实，反映情况不属实' };
    await intrude(
      'publicity',
      'PUBLICITY_OFFICER',
      '/publicity-cases/{applicationId}/objections/{objectionId}/resolution',
      publicity(`/objections/${recorded.body.id as string}/resolution`),
      resolution,
    );
    await f
      .as('publicity', 'PUBLICITY_OFFICER')
      .post(publicity(`/objections/${recorded.body.id as string}/resolution`))
      .send(resolution)
      .expect(200);
    f.clock.setChinaDate(addDays(parseLocalDate(notice.endsOn), 1));
    const result = { summary: '公示期满，无异议' };
    await intrude(
      'publicity',
      'PUBLICITY_OFFICER',
      '/publicity-cases/{applicationId}/result',
      publicity('/result'),
      result,
    );
    await f
      .as('publicity', 'PUBLICITY_OFFICER')
      .post(publicity('/result'))
      .send(result)
      .expect(200);

    const approval = (suffix: string) => `/approval-cases/${id}${suffix}`;
    await f.until(
      'approval',
      'APPROVER',
      approval(''),
      (c: { status: string; documents: { status: string }[] }) => {
        expect(c.status).toBe('APPROVAL');
        expect(c.documents.every((d) => d.status === 'VERIFIED')).toBe(true);
      },
    );
    await intrude(
      'approval',
      'APPROVER',
      '/approval-cases/{applicationId}/return',
      approval('/return'),
      {
        reason: '经核查，申请人户籍不在本县，请重新确认户籍地',
      },
    );
    await intrude(
      'approval',
      'APPROVER',
      '/approval-cases/{applicationId}/reject',
      approval('/reject'),
      {
        reasons: ['评定表缺少评定机构印章（R3）'],
      },
    );
    await intrude(
      'approval',
      'APPROVER',
      '/approval-cases/{applicationId}/approve',
      approval('/approve'),
      {},
    );
    await f.as('approval', 'APPROVER').post(approval('/approve')).send({}).expect(200);

    const certificateNumber = `${idNumber}42`;
    await f.until(
      'printing',
      'PRINTER',
      `/certificates/${certificateNumber}`,
      (c: { status: string }) => expect(c.status).toBe('ACTIVE'),
    );
    const dispatch = { courier: '中国邮政EMS', waybillNumber: 'EMS5550002224' };
    await intrude(
      'printing',
      'PRINTER',
      '/certificates/{certificateNumber}/dispatch',
      `/certificates/${certificateNumber}/dispatch`,
      dispatch,
    );
    await f
      .as('printing', 'PRINTER')
      .post(`/certificates/${certificateNumber}/dispatch`)
      .send(dispatch)
      .expect(201);
    await intrude(
      'printing',
      'SUPERVISOR',
      '/card-register/{cardNumber}/report-lost',
      `/card-register/${certificateNumber}/report-lost`,
      { reason: '持证人报告遗失' },
    );
    const card = await f
      .as('printing', 'PRINTER')
      .get(`/card-register/${certificateNumber}`)
      .expect(200);
    expect(card.body.status).toBe('ACTIVE');

    // A reroute answers a returned case (R11); this one was approved, so the owner's own
    // attempt is refused too, but only after the object check refused the other county.
    await intrude('intake', 'CLERK', '/applications/{applicationId}/reroute', app('/reroute'), {
      hukouCountyCode: f.hukouCounty,
      contactNote: '已电话联系申请人核实户籍',
    });

    expect(exceptions).toEqual([]);
  }, 240_000);

  it('covers every staff write by id in the OpenAPI documents', async () => {
    const writes: string[] = [];
    for (const service of ['intake', 'assessment', 'publicity', 'approval', 'printing'] as const) {
      const document = (await http(service).get('/docs-json').expect(200)).body as {
        paths: Record<string, Partial<Record<Method | 'get', Operation>>>;
      };
      for (const [path, methods] of Object.entries(document.paths)) {
        for (const method of ['post', 'put', 'patch', 'delete'] as const) {
          const operation = methods[method];
          if (!operation || !/\{\w+\}/.test(path)) continue;
          if (Array.isArray(operation.security) && operation.security.length === 0) continue;
          writes.push(`${service} ${method.toUpperCase()} ${path}`);
        }
      }
    }
    const uncovered = writes.filter((w) => !exercised.has(w) && !(w in NOT_IN_A_NEW_CASE));
    expect(uncovered).toEqual([]);
    expect(writes.length).toBeGreaterThan(10);
  });
});
