import { sha256Hex } from '@tongban/storage';
import { fixityProblem } from './document-fixity';
import { nextFetchAttempt } from './fetch-retry-policy';
import { localDocumentKey } from './local-document-key';
import { presignedUrlExpiry, recordedUrlExpiry, urlHasExpired } from './presigned-url-expiry';

describe('fixityProblem (R30)', () => {
  const bytes = Buffer.from('%PDF-1.4 scan');
  const expected = { sha256: sha256Hex(bytes), size: bytes.length };

  it('accepts exactly the recorded bytes', () => {
    expect(fixityProblem(bytes, expected)).toBeUndefined();
  });

  it('names a size mismatch before hashing', () => {
    expect(fixityProblem(Buffer.concat([bytes, Buffer.from('x')]), expected)).toMatch(
      /^size mismatch: 14 bytes received, 13 declared \(R30\)$/,
    );
  });

  it('refuses the same size with other bytes, quoting both digests', () => {
    const other = Buffer.from('%PDF-1.4 scaN');
    expect(fixityProblem(other, expected)).toBe(
      `sha256 mismatch: received ${sha256Hex(other)}, declared ${expected.sha256} (R30)`,
    );
  });
});

describe('localDocumentKey', () => {
  it('addresses the copy by case, kind and content, with the extension of its type', () => {
    const id = '7d0c8c52-5d1f-4a39-9d5e-2c3a4f7f1b10';
    expect(localDocumentKey(id, 'PHOTO', 'ab'.repeat(32), 'image/png')).toBe(
      `cases/${id}/PHOTO/${'ab'.repeat(32)}.png`,
    );
    expect(localDocumentKey(id, 'ID_DOCUMENT', 'cd', 'application/pdf; charset=binary')).toBe(
      `cases/${id}/ID_DOCUMENT/cd.pdf`,
    );
    expect(localDocumentKey(id, 'OTHER', 'ef', 'application/x-unknown')).toBe(
      `cases/${id}/OTHER/ef.bin`,
    );
  });
});

describe('nextFetchAttempt', () => {
  const policy = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 3_000 };
  const now = new Date('2026-11-16T02:00:00Z');

  it('backs off exponentially up to the ceiling', () => {
    const delays = [1, 2, 3].map(
      (attempt) =>
        nextFetchAttempt({ retryable: true }, attempt, now, policy)!.getTime() - now.getTime(),
    );
    expect(delays).toEqual([1_000, 2_000, 3_000]);
  });

  it('gives up after the last attempt and at once on a permanent failure', () => {
    expect(nextFetchAttempt({ retryable: true }, 4, now, policy)).toBeNull();
    expect(nextFetchAttempt({ retryable: false }, 1, now, policy)).toBeNull();
  });
});

describe('presigned URL expiry', () => {
  const url = (query: string) => `http://s3.local:9000/bucket/applications/a/photo?${query}`;

  it('reads X-Amz-Date plus X-Amz-Expires from a SigV4 URL', () => {
    expect(presignedUrlExpiry(url('X-Amz-Date=20261129T093000Z&X-Amz-Expires=172800'))).toEqual(
      new Date('2026-12-01T09:30:00Z'),
    );
  });

  it('knows nothing of a URL without (or with malformed) signature times', () => {
    expect(presignedUrlExpiry(url('X-Amz-Expires=60'))).toBeUndefined();
    expect(presignedUrlExpiry(url('X-Amz-Date=2026-11-29&X-Amz-Expires=60'))).toBeUndefined();
    expect(
      presignedUrlExpiry(url('X-Amz-Date=20261129T093000Z&X-Amz-Expires=soon')),
    ).toBeUndefined();
    expect(presignedUrlExpiry('not a url')).toBeUndefined();
  });

  it('records the expiry the sender stated, else the one the signature carries', () => {
    const signed = url('X-Amz-Date=20261129T093000Z&X-Amz-Expires=60');
    expect(recordedUrlExpiry(signed, '2026-11-30T00:00:00.000Z')).toEqual(
      new Date('2026-11-30T00:00:00Z'),
    );
    expect(recordedUrlExpiry(signed, undefined)).toEqual(new Date('2026-11-29T09:31:00Z'));
    expect(recordedUrlExpiry(undefined, undefined)).toBeNull();
  });

  it('counts a URL as expired from its expiry on, and one without an expiry never', () => {
    const expiry = new Date('2026-11-29T09:31:00Z');
    expect(urlHasExpired(expiry, new Date('2026-11-29T09:30:59Z'))).toBe(false);
    expect(urlHasExpired(expiry, expiry)).toBe(true);
    expect(urlHasExpired(null, new Date('2099-01-01T00:00:00Z'))).toBe(false);
  });
});
