import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { anApplicationRequest } from '../factories/application.factory';
import { ADULT_NEW_CERTIFICATE_SCANS } from '../factories/scans';

/** Drives intake's HTTP API the way a clerk's workbench would, asserting each step's status. */
export class IntakeClient {
  constructor(
    private readonly app: INestApplication,
    private readonly headers: Record<string, string> = {},
  ) {}

  private get http() {
    return request(this.app.getHttpServer());
  }

  /** Files an application at the counter; returns its id and number. */
  async file(overrides: Parameters<typeof anApplicationRequest>[0] = {}) {
    const response = await this.http
      .post('/applications')
      .set(this.headers)
      .send(anApplicationRequest(overrides))
      .expect(201);
    return response.body as { applicationId: string; applicationNumber: string; status: string };
  }

  /** Uploads one scan; `material` names the county material (R35) a scan of kind OTHER is. */
  upload(
    applicationId: string,
    kind: string,
    bytes: Buffer,
    filename = 'scan.bin',
    material?: string,
  ) {
    const upload = this.http
      .post(`/applications/${applicationId}/documents`)
      .set(this.headers)
      .field('kind', kind);
    if (material !== undefined) upload.field('material', material);
    return upload.attach('file', bytes, filename);
  }

  /** Uploads the given scans (default: everything an adult's new certificate needs). */
  async uploadAll(applicationId: string, scans = ADULT_NEW_CERTIFICATE_SCANS): Promise<void> {
    for (const [kind, bytes] of scans) await this.upload(applicationId, kind, bytes).expect(201);
  }

  accept(applicationId: string, body: Record<string, unknown> = {}) {
    return this.http.post(`/applications/${applicationId}/accept`).set(this.headers).send(body);
  }

  refuse(applicationId: string, reasons: string[]) {
    return this.http
      .post(`/applications/${applicationId}/refuse`)
      .set(this.headers)
      .send({ reasons });
  }

  /** Files, uploads every scan and accepts: a case ready for assessment (R8). */
  async fileComplete(
    overrides: Parameters<typeof anApplicationRequest>[0] = {},
    scans = ADULT_NEW_CERTIFICATE_SCANS,
  ) {
    const filed = await this.file(overrides);
    await this.uploadAll(filed.applicationId, scans);
    await this.accept(filed.applicationId).expect(200);
    return filed;
  }
}
