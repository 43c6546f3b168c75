/** A limit on public requests, named by the configuration variable that sets it. */
export interface RateLimit {
  /** The configuration variable an operator changes to move the limit. */
  variable: string;
  max: number;
  windowSeconds: number;
  /** What is counted, in words for the caller, e.g. "requests from this address to this endpoint". */
  counted: string;
}

/**
 * A request refused because a rate limit was hit. The runtime answers it with 429, a
 * `Retry-After` header and one log line ({@link RateLimitExceededFilter}).
 */
export class RateLimitExceeded extends Error {
  override readonly name = 'TooManyRequests';

  constructor(
    readonly limit: RateLimit,
    readonly retryAfterSeconds: number,
  ) {
    super(
      `too many ${limit.counted}: at most ${limit.max} per ${windowText(limit.windowSeconds)} ` +
        `(${limit.variable}); retry after ${retryAfterSeconds} s`,
    );
  }
}

function windowText(seconds: number): string {
  if (seconds === 60) return 'minute';
  return seconds % 60 === 0 ? `${seconds / 60} minutes` : `${seconds} seconds`;
}
