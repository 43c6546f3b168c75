import { addDays, parseLocalDate } from '@tongban/domain';
import { APPROVAL_DEFINITION } from '@tongban/approval';
import { ARCHIVE_DEFINITION } from '@tongban/archive';
import { ASSESSMENT_DEFINITION } from '@tongban/assessment';
import type { StaffRole } from '@tongban/auth';
import { NATIONAL_MONITOR_COUNTY } from '@tongban/contracts';
import { INTAKE_DEFINITION } from '@tongban/intake';
import { MONITOR_DEFINITION } from '@tongban/monitor';
import { NOTIFICATION_DEFINITION } from '@tongban/notification';
import { PRINTING_DEFINITION } from '@tongban/printing';
import { PUBLICITY_DEFINITION } from '@tongban/publicity';
import { ServiceApp, ServiceDefinition } from '@tongban/runtime';
import {
  anApplicationRequest,
  eventually,
  PDF_SCAN,
  PNG_PHOTO,
  randomCountyCodes,
  TestClock,
  TestNode,
} from '@tongban/testing';
import request from 'supertest';

/** The scans an adult's new-certificate application needs (R5). */
export const ADULT_SCANS: [string, Buffer][] = [
  ['PHOTO', PNG_PHOTO],
  ['ID_DOCUMENT', PDF_SCAN],
  ['HUKOU_BOOKLET', PDF_SCAN],
  ['RESIDENCE_PERMIT', PDF_SCAN],
];

/** R3: a signed and sealed conclusion meeting the standard, physical disability level 2. */
export function aConclusion(overrides: Record<string, unknown> = {}) {
  return {
    meetsStandard: true,
    impairments: [{ category: 'PHYSICAL', level: 2 }],
    doctorName: '王医生',
    doctorSigned: true,
    institutionSealed: true,
    assessedOn: '2026-11-27',
    receivedOn: '2026-11-30',
    fee: { amountFen: 20000 },
    ...overrides,
  };
}

/**
 * Short polling intervals; and a monitor that reads only this federation's national events, not
 * the history every earlier test left on the shared national topics.
 */
const FAST = {
  DEADLINE_WATCH_INTERVAL_MS: '200',
  APPROVAL_FETCH_INTERVAL_MS: '200',
  MONITOR_READS_HISTORY: 'false',
};

type Service =
  | 'intake'
  | 'assessment'
  | 'publicity'
  | 'notification'
  | 'approval'
  | 'printing'
  | 'archive'
  | 'monitor';

const RESIDENCE_SERVICES: [Service, ServiceDefinition][] = [
  ['intake', INTAKE_DEFINITION as unknown as ServiceDefinition],
  ['assessment', ASSESSMENT_DEFINITION as unknown as ServiceDefinition],
  ['publicity', PUBLICITY_DEFINITION as unknown as ServiceDefinition],
  ['notification', NOTIFICATION_DEFINITION as unknown as ServiceDefinition],
];
const HUKOU_SERVICES: [Service, ServiceDefinition][] = [
  ['approval', APPROVAL_DEFINITION as unknown as ServiceDefinition],
  ['printing', PRINTING_DEFINITION as unknown as ServiceDefinition],
  ['archive', ARCHIVE_DEFINITION as unknown as ServiceDefinition],
];
const NATIONAL_SERVICES: [Service, ServiceDefinition][] = [
  ['monitor', MONITOR_DEFINITION as unknown as ServiceDefinition],
];

/**
 * Two county nodes on the real servers, meeting only through Kafka: a residence node (intake,
 * assessment, publicity, notification) and a hukou node serving two counties (approval,
 * printing), with signed exchange between them and one clock both follow; the national node
 * runs the monitor on the de-identified stream both publish.
 */
export class TwoCountyFederation {
  readonly clock = new TestClock();
  readonly services = new Map<Service, ServiceApp>();
  institutionId = '';

  private constructor(
    readonly residence: TestNode,
    readonly hukou: TestNode,
    readonly national: TestNode,
  ) {}

  /**
   * `residenceCounties: 2` makes the residence node serve a second county, for specs about what
   * staff of a county not on the case may see on the same node.
   */
  static async start(options: { residenceCounties?: number } = {}): Promise<TwoCountyFederation> {
    const residence = await TestNode.create(randomCountyCodes(options.residenceCounties ?? 1));
    const hukou = await TestNode.create(randomCountyCodes(2));
    const national = await TestNode.create([NATIONAL_MONITOR_COUNTY]);
    residence.federateWith(hukou);
    // National monitoring counts only what the reporting county signed.
    national.federateWith(residence);
    national.federateWith(hukou);
    const federation = new TwoCountyFederation(residence, hukou, national);
    residence.clock = federation.clock;
    hukou.clock = federation.clock;
    for (const [name] of [...RESIDENCE_SERVICES, ...HUKOU_SERVICES, ...NATIONAL_SERVICES])
      await federation.startService(name);
    const institution = await federation
      .as('assessment', 'SUPERVISOR')
      .post('/institutions')
      .send({
        countyCode: federation.residenceCounty,
        name: '评定中心',
        address: '中山路321号',
        categories: ['PHYSICAL', 'VISION', 'INTELLECTUAL', 'MENTAL', 'HEARING', 'SPEECH'],
        homeVisits: true,
      })
      .expect(201);
    federation.institutionId = institution.body.id;
    return federation;
  }

  get residenceCounty(): string {
    return this.residence.countyCodes[0]!;
  }

  get hukouCounty(): string {
    return this.hukou.countyCodes[0]!;
  }

  /** The second county of the hukou node, where a returned case can be re-routed (R11). */
  get otherHukouCounty(): string {
    return this.hukou.countyCodes[1]!;
  }

  /** Starts a service of its node; `env` overrides its deployment's variables. */
  async startService(name: Service, env: Record<string, string> = {}): Promise<void> {
    const [node, definition] = this.placeOf(name);
    this.services.set(name, await node.start(definition, { ...FAST, ...env }));
  }

  /** The node that runs a service, and the service's definition. */
  private placeOf(name: Service): [TestNode, ServiceDefinition] {
    const nodes: [TestNode, [Service, ServiceDefinition][]][] = [
      [this.residence, RESIDENCE_SERVICES],
      [this.hukou, HUKOU_SERVICES],
      [this.national, NATIONAL_SERVICES],
    ];
    for (const [node, services] of nodes) {
      const found = services.find(([n]) => n === name);
      if (found) return [node, found[1]];
    }
    throw new Error(`no node runs ${name}`);
  }

  /** Stops a service as SIGTERM would (in-flight work finishes); messages wait in Kafka. */
  async stopService(name: Service): Promise<void> {
    const service = this.services.get(name)!;
    this.services.delete(name);
    await this.placeOf(name)[0].stop(service);
  }

  async restartService(name: Service, env: Record<string, string> = {}): Promise<void> {
    await this.stopService(name);
    await this.startService(name, env);
  }

  /** An HTTP client for a service, acting as a staff member of the county that runs it. */
  as(name: Service, role: StaffRole, county?: string) {
    const headers = this.placeOf(name)[0].staffHeaders(role, county);
    const http = request(this.services.get(name)!.app.getHttpServer());
    return {
      get: (path: string) => http.get(path).set(headers),
      post: (path: string) => http.post(path).set(headers),
    };
  }

  /** A public (applicant) client of a service. */
  public(name: Service) {
    return request(this.services.get(name)!.app.getHttpServer());
  }

  /** The form for an applicant living in the residence county with hukou in `hukouCounty`. */
  applicationForm(overrides: Parameters<typeof anApplicationRequest>[0] = {}) {
    const { applicant, ...rest } = overrides;
    return anApplicationRequest({
      residenceCountyCode: this.residenceCounty,
      hukouCountyCode: this.hukouCounty,
      residencePermit: {
        placeCode: this.residenceCounty,
        validFrom: '2025-03-01',
        validUntil: '2030-02-28',
      },
      ...rest,
      applicant: {
        mailingAddress: {
          recipientName: '张三',
          phone: '13800138000',
          countyCode: this.residenceCounty,
          addressLine: '中山路1号',
        },
        ...applicant,
      },
    });
  }

  /** R6, R5: the clerk files, uploads every scan and accepts; returns the application id. */
  async fileAndAccept(form = this.applicationForm(), scans = ADULT_SCANS): Promise<string> {
    const filed = await this.as('intake', 'CLERK').post('/applications').send(form).expect(201);
    const id = filed.body.applicationId as string;
    for (const [kind, bytes] of scans) {
      await this.as('intake', 'CLERK')
        .post(`/applications/${id}/documents`)
        .field('kind', kind)
        .attach('file', bytes, 'scan')
        .expect(201);
    }
    await this.as('intake', 'CLERK').post(`/applications/${id}/accept`).send({}).expect(200);
    return id;
  }

  /** R8, R3: designation, then the signed and sealed conclusion. */
  async assess(id: string, conclusion: Record<string, unknown> = {}): Promise<void> {
    await this.until('assessment', 'CLERK', `/assessment-cases/${id}`, (c: { status: string }) =>
      expect(c.status).toBe('AWAITING_DESIGNATION'),
    );
    await this.as('assessment', 'CLERK')
      .post(`/assessment-cases/${id}/designation`)
      .send({ institutionId: this.institutionId })
      .expect(200);
    await this.as('assessment', 'ASSESSOR')
      .post(`/assessment-cases/${id}/conclusion`)
      .send(aConclusion(conclusion))
      .expect(200);
  }

  /** R11, R27: the hukou county verifies the scans and approves. */
  /** R10: the notice period runs out (5 working days), then, the day after, the result is entered. */
  async publicise(id: string): Promise<void> {
    const notice = await this.until(
      'publicity',
      'PUBLICITY_OFFICER',
      `/publicity-cases/${id}`,
      (c: { status: string; endsOn: string }) => expect(c.status).toBe('PUBLICISING'),
    );
    this.clock.setChinaDate(addDays(parseLocalDate(notice.endsOn), 1));
    await this.as('publicity', 'PUBLICITY_OFFICER')
      .post(`/publicity-cases/${id}/result`)
      .send({ summary: '公示期满，无异议' })
      .expect(200);
  }

  async approve(id: string, county = this.hukouCounty): Promise<void> {
    await this.until(
      'approval',
      'APPROVER',
      `/approval-cases/${id}`,
      (c: { status: string; documents: { status: string }[] }) => {
        expect(c.status).toBe('APPROVAL');
        expect(c.documents.every((d) => d.status === 'VERIFIED')).toBe(true);
      },
      30_000,
      county,
    );
    await this.as('approval', 'APPROVER', county)
      .post(`/approval-cases/${id}/approve`)
      .send({})
      .expect(200);
  }

  /**
   * R12, R29: printing issues the card, prints it and mails it cash on delivery. A renewal keeps
   * its number (R15–R17) while the old card is ACTIVE and already mailed, so name the case whose
   * card it must be: until printing has applied that approval, the number means the old card.
   */
  async printAndMail(
    certificateNumber: string,
    waybillNumber: string,
    county = this.hukouCounty,
    forApplication?: string,
  ): Promise<void> {
    await this.until(
      'printing',
      'PRINTER',
      `/certificates/${certificateNumber}`,
      (c: { status: string; applicationId: string }) => {
        expect(c.status).toBe('ACTIVE');
        if (forApplication) expect(c.applicationId).toBe(forApplication);
      },
      30_000,
      county,
    );
    const card = await this.as('printing', 'PRINTER', county)
      .get(`/certificates/${certificateNumber}/card.pdf`)
      .expect(200);
    expect(card.headers['content-type']).toMatch(/application\/pdf/);
    expect(card.body.subarray(0, 5).toString()).toBe('%PDF-');
    await this.as('printing', 'PRINTER', county)
      .post(`/certificates/${certificateNumber}/dispatch`)
      .send({ courier: '中国邮政EMS', waybillNumber })
      .expect(201);
  }

  /** Polls a service's GET until `check` passes. */
  async until<T>(
    name: Service,
    role: StaffRole,
    path: string,
    check: (body: T) => void,
    timeoutMs = 30_000,
    county?: string,
  ): Promise<T> {
    return eventually(async () => {
      const response = await this.as(name, role, county).get(path);
      expect(response.status).toBe(200);
      check(response.body as T);
      return response.body as T;
    }, timeoutMs);
  }

  /** R8, R10, R11, R12: one notice per step of a new certificate, each sent, in flow order. */
  expectEveryNoticeSent(applicationId: string) {
    return this.until(
      'notification',
      'CLERK',
      `/notices?applicationId=${applicationId}`,
      (notices: { type: string; status: string }[]) => {
        expect(notices.map((n) => n.type)).toEqual([
          'APPLICATION_ACCEPTED',
          'INSTITUTION_DESIGNATED',
          'PUBLICITY_STARTED',
          'CASE_DECIDED',
          'CERTIFICATE_DISPATCHED',
        ]);
        expect(notices.every((n) => n.status === 'SENT')).toBe(true);
      },
    );
  }

  async dispose(): Promise<void> {
    await this.residence.dispose();
    await this.hukou.dispose();
    await this.national.dispose();
  }
}
