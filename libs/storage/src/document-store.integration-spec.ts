import { loadConfig, ServiceConfig } from '@tongban/config';
import { FIXED_DATA_KEYS, infrastructureEnv } from '@tongban/testing';
import { randomBytes } from 'node:crypto';
import { DocumentStore, sha256Hex } from './document-store';
import { S3StorageDriver } from './drivers/s3-storage.driver';

function storeFor(bucket: string, overrides: Record<string, string> = {}): DocumentStore {
  const config = loadConfig(ServiceConfig, {
    ...infrastructureEnv(),
    NODE_ID: 'storage-test',
    COUNTY_CODES: '320106',
    HTTP_PORT: '1',
    STAFF_TOKEN_SECRET: 'unused-staff-token-secret-0000000000000',
    ...FIXED_DATA_KEYS,
    DATABASE_NAME: 'unused_test',
    S3_BUCKET: bucket,
    ...overrides,
  });
  return new DocumentStore(config, new S3StorageDriver(config));
}

describe('DocumentStore on a real S3-compatible server', () => {
  const bucket = `tongban-test-${randomBytes(4).toString('hex')}`;
  const store = storeFor(bucket);

  beforeAll(() => store.onApplicationBootstrap());

  it('creates its bucket idempotently', async () => {
    await store.onApplicationBootstrap();
    expect(await store.isReachable()).toBe(true);
  });

  it('records sha256 and size at upload and returns the same bytes', async () => {
    const scan = randomBytes(200_000);
    const stored = await store.put('cases/a/photo.jpg', scan, 'image/jpeg');
    expect(stored).toMatchObject({
      bucket,
      key: 'cases/a/photo.jpg',
      size: scan.length,
      sha256: sha256Hex(scan),
    });
    expect(await store.describe('cases/a/photo.jpg')).toEqual({
      sha256: sha256Hex(scan),
      size: scan.length,
      contentType: 'image/jpeg',
    });
    expect((await store.getBuffer('cases/a/photo.jpg')).equals(scan)).toBe(true);
    expect(await store.verify('cases/a/photo.jpg', sha256Hex(scan))).toBe(true);
    expect(await store.verify('cases/a/photo.jpg', sha256Hex(Buffer.from('other')))).toBe(false);
  });

  it('stores a 12 MB scan (multipart upload) intact', async () => {
    const large = randomBytes(12 * 1024 * 1024);
    const stored = await store.put('cases/b/hukou.pdf', large, 'application/pdf');
    expect(stored.sha256).toBe(sha256Hex(large));
    expect(await store.verify('cases/b/hukou.pdf', sha256Hex(large))).toBe(true);
  });

  it('copies on the server with the recorded digest, and re-reads by streaming', async () => {
    const scan = randomBytes(6 * 1024 * 1024);
    await store.put('cases/e/form.pdf', scan, 'application/pdf');
    await store.copy('cases/e/form.pdf', 'archive/e/form.pdf');
    expect(await store.describe('archive/e/form.pdf')).toEqual({
      sha256: sha256Hex(scan),
      size: scan.length,
      contentType: 'application/pdf',
    });
    expect(await store.streamDigest('archive/e/form.pdf')).toEqual({
      sha256: sha256Hex(scan),
      size: scan.length,
    });
    expect(await store.streamDigest('archive/e/none.pdf')).toBeUndefined();
  });

  it('serves a presigned URL that works without credentials, and only for the signed object', async () => {
    const bytes = Buffer.from('%PDF-1.4 assessment form');
    await store.put('cases/c/form.pdf', bytes, 'application/pdf');
    const url = await store.presignedGetUrl('cases/c/form.pdf', 60);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);

    const tampered = url.replace('cases/c/form.pdf', 'cases/a/photo.jpg');
    expect((await fetch(tampered)).status).toBe(403);
  });

  it('is refused by the server when the secret key is wrong (SigV4 is verified)', async () => {
    const impostor = storeFor(bucket, { S3_SECRET_KEY: 'not-the-secret-key' });
    await expect(impostor.put('cases/d/x.jpg', Buffer.from('x'), 'image/jpeg')).rejects.toThrow();
  });
});
