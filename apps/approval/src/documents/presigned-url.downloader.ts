import { Injectable } from '@nestjs/common';
import type { DocumentUrlRequestReason } from '@tongban/contracts';
import { presignedUrlExpiry } from './presigned-url-expiry';

export type DownloadResult =
  | { ok: true; bytes: Buffer }
  | {
      ok: false;
      retryable: boolean;
      reason: string;
      /** The storage refused the URL itself (401/403): by its own clock expired, or else refused. */
      urlRefused?: DocumentUrlRequestReason;
    };

export interface DownloadLimits {
  /** More bytes than this and the download stops: it cannot be the document declared. */
  readonly maxBytes: number;
  readonly timeoutMs: number;
  /** Aborts the download early, e.g. when the service shuts down. */
  readonly signal?: AbortSignal;
}

// A presigned URL that is refused (expired, or not signed for this object) or names nothing
// will not start working later; throttling, timeouts and the server's own failures may.
const RETRYABLE_STATUS = new Set([408, 425, 429]);

/**
 * The only code that talks HTTP to another county's object storage: one GET of a presigned
 * URL. Outcomes are classified, not thrown, and no reason quotes the URL (it is a credential).
 */
@Injectable()
export class PresignedUrlDownloader {
  async download(url: string, limits: DownloadLimits): Promise<DownloadResult> {
    const deadline = abortAfter(limits.timeoutMs, limits.signal);
    try {
      return await this.get(url, limits.maxBytes, deadline.signal);
    } finally {
      deadline.dispose();
    }
  }

  private async get(url: string, maxBytes: number, signal: AbortSignal): Promise<DownloadResult> {
    let response: Response;
    try {
      response = await fetch(url, { signal });
    } catch (error) {
      return { ok: false, retryable: true, reason: `storage unreachable: ${cause(error)}` };
    }
    if (!response.ok) {
      await response.body?.cancel();
      return {
        ok: false,
        retryable: isRetryableStatus(response.status),
        reason: refusal(response),
        urlRefused: urlRefusal(url, response),
      };
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) {
      await response.body?.cancel();
      return { ok: false, retryable: false, reason: tooLarge(maxBytes, declared) };
    }
    return readCapped(response, maxBytes);
  }
}

/** A signal that fires after the timeout or with the caller's own, whichever comes first. */
function abortAfter(
  timeoutMs: number,
  outer: AbortSignal | undefined,
): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(Object.assign(new Error('timed out'), { name: 'TimeoutError' })),
    timeoutMs,
  );
  const onOuterAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) onOuterAbort();
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}

/** Whether a failed HTTP status is worth another attempt later. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || RETRYABLE_STATUS.has(status);
}

/**
 * Why storage refused the URL, judged by the storage's own clock (its Date header) against the
 * expiry the signature carries: only that comparison says "expired" without trusting ours.
 */
function urlRefusal(url: string, response: Response): DocumentUrlRequestReason | undefined {
  if (response.status !== 401 && response.status !== 403) return undefined;
  const expiry = presignedUrlExpiry(url);
  const storageTime = Date.parse(response.headers.get('date') ?? '');
  return expiry && expiry.getTime() <= storageTime ? 'URL_EXPIRED' : 'URL_REFUSED';
}

function refusal(response: Response): string {
  if (response.status === 401 || response.status === 403) {
    return `the residence county's storage refused the URL (HTTP ${response.status}): it expired or is not signed for this document`;
  }
  if (response.status === 404 || response.status === 410) {
    return `the residence county's storage has no such document (HTTP ${response.status})`;
  }
  return `the residence county's storage answered HTTP ${response.status}`;
}

async function readCapped(response: Response, maxBytes: number): Promise<DownloadResult> {
  if (!response.body) return { ok: true, bytes: Buffer.alloc(0) };
  const reader = response.body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return { ok: false, retryable: false, reason: tooLarge(maxBytes, total) };
      }
      chunks.push(Buffer.from(value));
    }
  } catch (error) {
    return { ok: false, retryable: true, reason: `download interrupted: ${cause(error)}` };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

function tooLarge(maxBytes: number, seen: number): string {
  return `size mismatch: more than the ${maxBytes} bytes declared (at least ${seen}) (R30)`;
}

/** A short, data-free description of a network failure (error code or name only). */
function cause(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  const inner =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (typeof inner?.code === 'string') return inner.code;
  return error instanceof Error ? error.name : 'unknown error';
}
