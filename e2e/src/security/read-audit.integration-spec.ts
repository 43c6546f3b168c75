import { IS_PUBLIC_KEY } from '@tongban/auth';
import { INTAKE_DEFINITION } from '@tongban/intake';
import { AUDITED_READ_KEY, ReadAuditEntry, ServiceApp } from '@tongban/runtime';
import { MONITOR_DEFINITION } from '@tongban/monitor';
import { eventually, IntakeClient, livingIn, randomCountyCode, TestNode } from '@tongban/testing';
import { NATIONAL_MONITOR_COUNTY } from '@tongban/contracts';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';

const ROOT = join(__dirname, '../../..');

/**
 * Staff GET routes that return no case's personal data or scans, each with the reason. Any
 * other staff GET route must be marked @AuditedRead.
 */
const NOT_PERSONAL: Record<string, string> = {
  'InstitutionsController.list': 'the county’s assessment institutions, no applicant',
  'MaterialsController.get': 'which materials a case has, no personal data',
  'OldCardCustodyController.list': 'the custody register with card numbers masked',
  'FixityController.mismatches':
    'documents, cases and digests the fixity audit found wrong, no holder',
  'NationalOfficeController.getOverview': 'de-identified national figures (R32)',
  'NationalOfficeController.getDeadlineAlerts': 'de-identified deadline alerts (R32)',
  'NationalOfficeController.getCountyCases': 'de-identified cases by county (R32)',
  'NationalOfficeController.getReadCounts': 'counts of reads per county, service and day (R32)',
};

describe('audit of reads: who read whose data, when, from where (security item 5)', () => {
  let node: TestNode;
  let national: TestNode;
  let intake: ServiceApp;
  let monitor: ServiceApp;
  let db: DataSource;
  // Counties no other test file serves: national monitoring keeps one count per county.
  const county = randomCountyCode();
  const otherCounty = randomCountyCode();

  beforeAll(async () => {
    node = await TestNode.create([county, otherCounty]);
    national = await TestNode.create([NATIONAL_MONITOR_COUNTY]);
    national.federateWith(node);
    intake = await node.start(INTAKE_DEFINITION, { READ_AUDIT_REPORT_INTERVAL_MS: '200' });
    monitor = await national.start(MONITOR_DEFINITION, { MONITOR_READS_HISTORY: 'false' });
    db = intake.app.get(DataSource);
  });

  afterAll(() => Promise.all([node.dispose(), national.dispose()]));

  const http = () => request(intake.app.getHttpServer());

  it('records a staff read of an application with the parts read, and not a refused one', async () => {
    const clerk = new IntakeClient(intake.app, node.staffHeaders('CLERK', county, 'clerk-7'));
    const { applicationId } = await clerk.file(livingIn(county));

    await http()
      .get(`/applications/${applicationId}`)
      .set(node.staffHeaders('CLERK', county, 'clerk-7'))
      .expect(200);
    // Staff of a county the case does not involve are refused (R32): no read took place.
    await http()
      .get(`/applications/${applicationId}`)
      .set(node.staffHeaders('CLERK', otherCounty, 'clerk-of-elsewhere'))
      .expect(403);

    const entries = await db.getRepository(ReadAuditEntry).findBy({ caseId: applicationId });
    expect(entries).toEqual([
      expect.objectContaining({
        staffId: 'clerk-7',
        role: 'CLERK',
        county,
        caseId: applicationId,
        subject: 'application',
        fields: expect.arrayContaining(['applicant', 'guardian', 'documents']),
        method: 'GET',
        path: `/applications/${applicationId}`,
        clientAddress: expect.stringMatching(/127\.0\.0\.1/),
      }),
    ]);
  });

  it('lists the county’s reads to its auditor only, filtered, newest first', async () => {
    const clerk = new IntakeClient(intake.app, node.staffHeaders('CLERK', county, 'clerk-8'));
    const { applicationId } = await clerk.file(livingIn(county));
    for (const path of [
      `/applications/${applicationId}`,
      `/applications/${applicationId}/progress`,
    ])
      await http()
        .get(path)
        .set(node.staffHeaders('CLERK', county, 'clerk-8'))
        .expect(200);

    const listed = await http()
      .get('/audit/reads')
      .query({ caseId: applicationId })
      .set(node.staffHeaders('AUDITOR', county, 'auditor-1'))
      .expect(200);
    expect(listed.body.total).toBe(2);
    expect(
      listed.body.items.map((entry: { subject: string; staffId: string }) => [
        entry.subject,
        entry.staffId,
      ]),
    ).toEqual([
      ['case progress', 'clerk-8'],
      ['application', 'clerk-8'],
    ]);
    expect(JSON.stringify(listed.body)).not.toMatch(/张|\d{17}[\dX]/);

    const elsewhere = await http()
      .get('/audit/reads')
      .query({ caseId: applicationId })
      .set(node.staffHeaders('AUDITOR', otherCounty, 'auditor-2'))
      .expect(200);
    expect(elsewhere.body.total).toBe(0);

    // Any RFC 3339 offset is an instant (the API fuzzer once met a 500 for +21:01, which
    // PostgreSQL refuses as text); ISO 8601 forms a Date cannot read are refused up front.
    const offset = await http()
      .get('/audit/reads')
      .query({ caseId: applicationId, from: '2020-01-01T00:00:00+21:01', to: '2999-12-31' })
      .set(node.staffHeaders('AUDITOR', county, 'auditor-1'))
      .expect(200);
    expect(offset.body.total).toBe(2);
    await http()
      .get('/audit/reads')
      .query({ from: '2026-W01' })
      .set(node.staffHeaders('AUDITOR', county))
      .expect(400);

    await http().get('/audit/reads').set(node.staffHeaders('CLERK', county)).expect(403);
    const bad = await http()
      .get('/audit/reads')
      .query({ caseId: 'not-a-case', from: 'yesterday' })
      .set(node.staffHeaders('AUDITOR', county))
      .expect(400);
    expect(bad.body.message).toEqual(
      expect.arrayContaining(['caseId must be a UUID', 'from must be an ISO 8601 date or time']),
    );
  });

  it('tells national monitoring how many reads each county made, and nothing of who read what', async () => {
    const clerk = new IntakeClient(intake.app, node.staffHeaders('CLERK', county, 'clerk-9'));
    const { applicationId } = await clerk.file(livingIn(county));
    await http()
      .get(`/applications/${applicationId}`)
      .set(node.staffHeaders('CLERK', county, 'clerk-9'))
      .expect(200);
    const recorded = await db.getRepository(ReadAuditEntry).countBy({ county });
    expect(recorded).toBeGreaterThanOrEqual(4);

    const office = national.staffHeaders('AUDITOR', NATIONAL_MONITOR_COUNTY);
    const counts = await eventually(async () => {
      const response = await request(monitor.app.getHttpServer())
        .get('/read-counts')
        .query({ county })
        .set(office)
        .expect(200);
      expect(response.body.items).toEqual([
        expect.objectContaining({ countyCode: county, service: 'intake', reads: recorded }),
      ]);
      return response.body;
    });
    expect(JSON.stringify(counts)).not.toMatch(/clerk-|staffId|caseId|applicationId/);

    // A county's own auditor reads its own audit, not the national figures.
    await request(monitor.app.getHttpServer())
      .get('/read-counts')
      .set(national.staffHeaders('AUDITOR', county))
      .expect(403);
  });

  it('marks every staff GET route of every service that returns personal data as audited', async () => {
    const unmarked: string[] = [];
    const controllers = (readdirSync(join(ROOT, 'apps'), { recursive: true }) as string[])
      .filter((path) => path.endsWith('.controller.ts'))
      .map((path) => join('apps', path));
    expect(controllers.length).toBeGreaterThan(15);
    for (const file of controllers) {
      const exports = (await import(join(ROOT, file))) as Record<string, unknown>;
      for (const controller of Object.values(exports)) {
        if (typeof controller !== 'function') continue;
        if (Reflect.getMetadata(PATH_METADATA, controller) === undefined) continue;
        const publicController = Reflect.getMetadata(IS_PUBLIC_KEY, controller) === true;
        const prototype = controller.prototype as Record<string, unknown>;
        for (const name of Object.getOwnPropertyNames(prototype)) {
          const handler = prototype[name];
          if (typeof handler !== 'function' || name === 'constructor') continue;
          if (Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.GET) continue;
          const id = `${controller.name}.${name}`;
          const audited = Reflect.getMetadata(AUDITED_READ_KEY, handler) !== undefined;
          const isPublic = publicController || Reflect.getMetadata(IS_PUBLIC_KEY, handler);
          if (!audited && !isPublic && !(id in NOT_PERSONAL)) unmarked.push(`${id} (${file})`);
        }
      }
    }
    expect(unmarked).toEqual([]);
  });
});
