import { loadConfig, ServiceConfig } from '@tongban/config';
import { TransferManifestFile } from '@tongban/contracts';
import { DocumentStore, S3StorageDriver, sha256Hex } from '@tongban/storage';
import { FIXED_DATA_KEYS, infrastructureEnv } from '@tongban/testing';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { copyVerified } from './verified-copy';

/** A county's own document store: its own bucket, reached by the other side only through URLs. */
function storeOf(bucket: string): DocumentStore {
  const config = loadConfig(ServiceConfig, {
    ...infrastructureEnv(),
    NODE_ID: 'transfer-test',
    COUNTY_CODES: '320106',
    HTTP_PORT: '1',
    STAFF_TOKEN_SECRET: 'unused-staff-token-secret-0000000000000',
    ...FIXED_DATA_KEYS,
    DATABASE_NAME: 'unused_test',
    S3_BUCKET: bucket,
  });
  return new DocumentStore(config, new S3StorageDriver(config));
}

/** `megabytes` of pseudo-random bytes as a stream, and their sha256 once it has been read. */
function generated(megabytes: number) {
  const digest = createHash('sha256');
  const block = randomBytes(1024 * 1024);
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent === megabytes) return this.push(null);
      // Each MiB differs (its index in front), so a digest over repeated blocks proves order.
      const chunk = Buffer.concat([Buffer.from(String(sent).padStart(8, '0')), block.subarray(8)]);
      sent += 1;
      digest.update(chunk);
      this.push(chunk);
    },
  });
  return { stream, sha256: () => digest.digest('hex') };
}

describe('copyVerified: a package file from the sending county’s URL into our bucket (R19, R30)', () => {
  const suffix = randomBytes(4).toString('hex');
  const origin = storeOf(`tongban-test-origin-${suffix}`);
  const destination = storeOf(`tongban-test-destination-${suffix}`);

  beforeAll(() =>
    Promise.all([origin.onApplicationBootstrap(), destination.onApplicationBootstrap()]),
  );

  const entry = (path: string, bytes: { size: number; sha256: string }): TransferManifestFile => ({
    path,
    role: 'PHOTO',
    mediaType: 'image/jpeg',
    ...bytes,
  });

  it('copies an intact file, with the digest recorded at our side', async () => {
    const scan = randomBytes(300_000);
    await origin.put('archive/photo.jpg', scan, 'image/jpeg');
    const file = entry('data/photo/1.jpg', { size: scan.length, sha256: sha256Hex(scan) });
    const result = await copyVerified(
      await origin.presignedGetUrl('archive/photo.jpg'),
      file,
      destination,
      'incoming/photo.jpg',
    );
    expect(result).toEqual({ ok: true, sha256: file.sha256, size: scan.length });
    expect((await destination.getBuffer('incoming/photo.jpg')).equals(scan)).toBe(true);
    expect(await destination.describe('incoming/photo.jpg')).toMatchObject({ sha256: file.sha256 });
  });

  it('names a corrupted, a truncated and a missing file, and keeps none of them', async () => {
    const scan = randomBytes(100_000);
    const listed = entry('data/photo/2.jpg', { size: scan.length, sha256: sha256Hex(scan) });
    const corrupted = Buffer.from(scan);
    corrupted[50_000] ^= 0xff;
    await origin.put('archive/corrupted.jpg', corrupted, 'image/jpeg');
    await origin.put('archive/truncated.jpg', scan.subarray(0, 99_999), 'image/jpeg');
    const copy = async (source: string, target: string) =>
      copyVerified(await origin.presignedGetUrl(source), listed, destination, target);

    expect(await copy('archive/corrupted.jpg', 'incoming/corrupted.jpg')).toEqual({
      ok: false,
      failure: 'DIGEST_MISMATCH',
      detail: `sha256 ${sha256Hex(corrupted)} received, the manifest says ${listed.sha256}`,
    });
    expect(await copy('archive/truncated.jpg', 'incoming/truncated.jpg')).toMatchObject({
      ok: false,
      failure: 'SIZE_MISMATCH',
    });
    expect(await copy('archive/never-stored.jpg', 'incoming/missing.jpg')).toMatchObject({
      ok: false,
      failure: 'MISSING',
    });
    for (const key of ['incoming/corrupted.jpg', 'incoming/truncated.jpg', 'incoming/missing.jpg'])
      await expect(destination.describe(key)).rejects.toThrow();
  });

  it('streams a 300 MB file through in parts: the process grows by far less than the file', async () => {
    const megabytes = 300;
    const source = generated(megabytes);
    await origin.putStream('archive/large.pdf', source.stream, 'application/pdf', 'unknown');
    const file: TransferManifestFile = {
      path: 'data/assessment/large.pdf',
      role: 'ASSESSMENT_FORM',
      mediaType: 'application/pdf',
      size: megabytes * 1024 * 1024,
      sha256: source.sha256(),
    };
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const started = Date.now();
    const result = await copyVerified(
      await origin.presignedGetUrl('archive/large.pdf'),
      file,
      destination,
      'incoming/large.pdf',
    ).finally(() => clearInterval(sampler));
    const seconds = (Date.now() - started) / 1000;
    expect(result).toEqual({ ok: true, sha256: file.sha256, size: file.size });
    const growthMb = (peak - before) / (1024 * 1024);
    console.info(
      `verified copy of ${megabytes} MB: ${seconds.toFixed(1)} s (${(megabytes / seconds).toFixed(1)} MB/s), RSS growth ${growthMb.toFixed(0)} MB`,
    );
    expect(growthMb).toBeLessThan(100);
  }, 240_000);
});
