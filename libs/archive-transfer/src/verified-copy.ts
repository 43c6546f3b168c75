import type { FileFailure, TransferManifestFile } from '@tongban/contracts';
import type { DocumentStore } from '@tongban/storage';
import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

export type CopyResult =
  { ok: true; sha256: string; size: number } | { ok: false; failure: FileFailure; detail: string };

/**
 * Copies one file of a package from the sender's short-lived URL into our own bucket as it
 * streams (parts of the store's part size; never the whole file in memory), computing its
 * sha256 and size on the way. A file that does not match the manifest is removed again and
 * named with the reason, so the sender can send it again.
 */
export async function copyVerified(
  url: string,
  file: TransferManifestFile,
  store: DocumentStore,
  key: string,
  options: { timeoutMs?: number } = {},
): Promise<CopyResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 600_000) });
  } catch (error) {
    return { ok: false, failure: 'UNREADABLE', detail: `fetch failed: ${String(error)}` };
  }
  if (response.status === 404)
    return { ok: false, failure: 'MISSING', detail: 'the sender’s store has no such object' };
  if (!response.ok || !response.body)
    return {
      ok: false,
      failure: 'UNREADABLE',
      detail: `the sender’s store answered ${response.status}`,
    };
  const digest = createHash('sha256');
  let size = 0;
  const measured = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>).pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        digest.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    }),
  );
  try {
    await store.putStream(key, measured, file.mediaType, file.sha256);
  } catch (error) {
    await store.remove(key).catch(() => undefined);
    return { ok: false, failure: 'UNREADABLE', detail: `copy failed: ${String(error)}` };
  }
  const sha256 = digest.digest('hex');
  if (size !== file.size) {
    await store.remove(key);
    return {
      ok: false,
      failure: 'SIZE_MISMATCH',
      detail: `${size} bytes received, the manifest says ${file.size}`,
    };
  }
  if (sha256 !== file.sha256) {
    await store.remove(key);
    return {
      ok: false,
      failure: 'DIGEST_MISMATCH',
      detail: `sha256 ${sha256} received, the manifest says ${file.sha256}`,
    };
  }
  return { ok: true, sha256, size };
}
