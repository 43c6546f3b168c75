import { Injectable } from '@nestjs/common';
import { ServiceConfig } from '@tongban/config';
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What lets an applicant who filed online add their own scans (R6) without an account: a MAC
 * over the application id under the node's secret, handed out once in the filing response.
 * It opens only that application, and only while it is a draft.
 */
@Injectable()
export class ApplicantUploadToken {
  private readonly key: Buffer;

  constructor(config: ServiceConfig) {
    // A key of its own, so an upload token can never pass for anything signed with the secret itself.
    this.key = createHmac('sha256', config.STAFF_TOKEN_SECRET)
      .update('tongban-applicant-upload')
      .digest();
  }

  /** The token for one application. */
  issue(applicationId: string): string {
    return createHmac('sha256', this.key).update(applicationId).digest('base64url');
  }

  /** Whether the token was issued for this application. */
  matches(applicationId: string, token: string | undefined): boolean {
    if (!token) return false;
    const expected = Buffer.from(this.issue(applicationId));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
