import { DeliveryResult } from '../channels/notification-channel';
import { outcomeOf, RetryPolicy } from './retry-policy';

const POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 3_000 };
const NOW = new Date('2026-10-10T02:00:00.000Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);
const outage: DeliveryResult = { delivered: false, retryable: true, reason: 'HTTP 503' };

describe('retry policy', () => {
  it('marks a delivered notice SENT with nothing scheduled', () => {
    expect(outcomeOf({ delivered: true, providerMessageId: null }, 1, NOW, POLICY)).toEqual({
      status: 'SENT',
      nextAttemptAt: null,
    });
  });

  it('backs off exponentially up to the ceiling while attempts remain', () => {
    expect(outcomeOf(outage, 1, NOW, POLICY)).toEqual({
      status: 'FAILED',
      nextAttemptAt: at(1_000),
    });
    expect(outcomeOf(outage, 2, NOW, POLICY)).toEqual({
      status: 'FAILED',
      nextAttemptAt: at(2_000),
    });
    expect(outcomeOf(outage, 3, NOW, POLICY)).toEqual({
      status: 'FAILED',
      nextAttemptAt: at(3_000),
    });
  });

  it('gives up after the last attempt: UNDELIVERED, for staff to follow up', () => {
    expect(outcomeOf(outage, 4, NOW, POLICY)).toEqual({
      status: 'UNDELIVERED',
      nextAttemptAt: null,
    });
  });

  it('does not retry a failure that retrying cannot fix', () => {
    const permanent: DeliveryResult = { delivered: false, retryable: false, reason: 'HTTP 400' };
    expect(outcomeOf(permanent, 1, NOW, POLICY)).toEqual({
      status: 'UNDELIVERED',
      nextAttemptAt: null,
    });
  });
});
