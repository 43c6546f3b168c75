import { Injectable } from '@nestjs/common';
import { DeliveryResult } from './notification-channel';

/** One POST to a message gateway (SMS or email provider). */
export interface GatewayRequest {
  readonly url: string;
  readonly token: string;
  /** The notice id: a gateway that honours it drops a resend after a crash. */
  readonly idempotencyKey: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly timeoutMs: number;
}

// Statuses worth another attempt: timeouts, throttling, credentials an operator can fix, and
// the gateway's own failures. Any other 4xx means this request will never be accepted.
const RETRYABLE_STATUS = new Set([401, 403, 408, 409, 425, 429]);

/**
 * The only code that talks HTTP to a gateway. Outcomes are classified, not thrown, and no
 * reason quotes a request or response body (they hold the recipient's number and text, R32).
 */
@Injectable()
export class HttpGateway {
  async post(request: GatewayRequest): Promise<DeliveryResult> {
    let response: Response;
    try {
      response = await fetch(request.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          authorization: `Bearer ${request.token}`,
          'idempotency-key': request.idempotencyKey,
        },
        body: JSON.stringify(request.body),
        signal: AbortSignal.timeout(request.timeoutMs),
      });
    } catch (error) {
      return { delivered: false, retryable: true, reason: `gateway unreachable: ${cause(error)}` };
    }
    if (response.ok) return { delivered: true, providerMessageId: await messageIdOf(response) };
    await response.body?.cancel();
    return {
      delivered: false,
      retryable: isRetryableStatus(response.status),
      reason: `gateway answered HTTP ${response.status}`,
    };
  }
}

/** Whether a failed HTTP status is worth another attempt later. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || RETRYABLE_STATUS.has(status);
}

/** The gateway's id for the message, when it answers JSON with one. */
async function messageIdOf(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { messageId?: unknown; id?: unknown };
    const id = body.messageId ?? body.id;
    return typeof id === 'string' || typeof id === 'number' ? String(id).slice(0, 200) : null;
  } catch {
    return null;
  }
}

/** A short, data-free description of a network failure (error code or name only). */
function cause(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  const inner =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (typeof inner?.code === 'string') return inner.code;
  return error instanceof Error ? error.name : 'unknown error';
}
