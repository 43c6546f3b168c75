import { DeliveryResult } from '../channels/notification-channel';
import type { NoticeStatus } from '../notices/notice-type';

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/** How a notice stands after an attempt, and when (if ever) to try it again. */
export interface AttemptOutcome {
  readonly status: Extract<NoticeStatus, 'SENT' | 'FAILED' | 'UNDELIVERED'>;
  readonly nextAttemptAt: Date | null;
}

/**
 * Exponential back-off with a ceiling, for a bounded number of attempts: a gateway outage is
 * ridden out, a notice that cannot be delivered is handed to staff rather than retried for ever.
 */
export function outcomeOf(
  result: DeliveryResult,
  attempt: number,
  now: Date,
  policy: RetryPolicy,
): AttemptOutcome {
  if (result.delivered) return { status: 'SENT', nextAttemptAt: null };
  if (!result.retryable || attempt >= policy.maxAttempts) {
    return { status: 'UNDELIVERED', nextAttemptAt: null };
  }
  const delay = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
  return { status: 'FAILED', nextAttemptAt: new Date(now.getTime() + delay) };
}
