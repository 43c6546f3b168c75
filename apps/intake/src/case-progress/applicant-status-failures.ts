import { Injectable } from '@nestjs/common';
import { RateLimitExceeded } from '@tongban/runtime';
import { Clock } from '@tongban/util';
import { IntakeConfig } from '../config/intake.config';
import { FailedLookupLimit } from './failed-lookup-limit';

/**
 * Failed status lookups per application number, so that a guesser rotating addresses still
 * cannot try many ID numbers against one application. In memory, per process (see
 * {@link FailedLookupLimit}).
 */
@Injectable()
export class ApplicantStatusFailures {
  private readonly limit: FailedLookupLimit;

  constructor(
    private readonly config: IntakeConfig,
    private readonly clock: Clock,
  ) {
    this.limit = new FailedLookupLimit({
      maxFailures: config.INTAKE_STATUS_LOOKUP_MAX_FAILURES,
      windowMs: config.INTAKE_STATUS_LOOKUP_FAILURE_WINDOW_SECONDS * 1000,
    });
  }

  /** Lets a lookup of the number go ahead, or throws RateLimitExceeded (429) when used up. */
  admit(applicationNumber: string): void {
    const admission = this.limit.begin(applicationNumber, this.clock.now());
    if (admission.admitted) return;
    throw new RateLimitExceeded(
      {
        variable: 'INTAKE_STATUS_LOOKUP_MAX_FAILURES',
        max: this.config.INTAKE_STATUS_LOOKUP_MAX_FAILURES,
        windowSeconds: this.config.INTAKE_STATUS_LOOKUP_FAILURE_WINDOW_SECONDS,
        counted: 'failed status lookups of this application number',
      },
      admission.retryAfterSeconds,
    );
  }

  /** The lookup matched: the number's failures are forgotten. */
  succeeded(applicationNumber: string): void {
    this.limit.succeeded(applicationNumber);
  }
}
