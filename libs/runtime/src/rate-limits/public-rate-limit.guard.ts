import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { IS_PUBLIC_KEY, StaffRecognition, type StaffRequest } from '@tongban/auth';
import { ServiceConfig } from '@tongban/config';
import { PUBLIC_RATE_LIMIT_KEY } from './public-rate-limit.decorator';
import { RateLimit, RateLimitExceeded } from './rate-limit-exceeded';

/** Limits count the requests of the last minute. */
export const PUBLIC_RATE_LIMIT_WINDOW_MS = 60_000;
const DEFAULT_VARIABLE = 'PUBLIC_RATE_LIMIT_PER_MINUTE';

/**
 * Limits each client address on each `@Public()` handler (counted per handler, so an online
 * applicant's uploads do not eat into their status lookups). Staff routes are skipped — the
 * staff guard already refuses them to anyone without a valid token — and so is a public call
 * that carries a valid staff token: work at the counter is never throttled.
 */
@Injectable()
export class PublicRateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly config: ServiceConfig,
    private readonly staff: StaffRecognition,
  ) {
    super(options, storage, reflector);
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (!this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets)) return true;
    // Global guards run in registration order: the staff guard may not have looked yet.
    const request = context.switchToHttp().getRequest<StaffRequest>();
    return (request.staff ?? this.staff.recognise(request)) !== undefined;
  }

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    return super.handleRequest({ ...request, limit: this.limitOf(request.context).max });
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new RateLimitExceeded(this.limitOf(context), detail.timeToBlockExpire);
  }

  private limitOf(context: ExecutionContext): RateLimit {
    const variable =
      this.reflector.getAllAndOverride<string | undefined>(PUBLIC_RATE_LIMIT_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? DEFAULT_VARIABLE;
    const max = (this.config as unknown as Record<string, unknown>)[variable];
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 1) {
      throw new Error(
        `@PublicRateLimit names ${variable}, which is not a positive integer setting`,
      );
    }
    return {
      variable,
      max,
      windowSeconds: PUBLIC_RATE_LIMIT_WINDOW_MS / 1000,
      counted: 'requests from this address to this endpoint',
    };
  }
}
