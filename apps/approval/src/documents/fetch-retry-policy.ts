export interface FetchRetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/** When a failed fetch is tried again, or null when the document has FAILED for good. */
export function nextFetchAttempt(
  failure: { retryable: boolean },
  attempt: number,
  now: Date,
  policy: FetchRetryPolicy,
): Date | null {
  if (!failure.retryable || attempt >= policy.maxAttempts) return null;
  // Exponential back-off with a ceiling: an outage at the residence county is ridden out, a
  // document that cannot be fetched is handed to staff rather than retried for ever.
  const delay = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
  return new Date(now.getTime() + delay);
}
