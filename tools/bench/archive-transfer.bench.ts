import 'reflect-metadata';
import { copyVerified } from '@tongban/archive-transfer';
import { loadConfig, ServiceConfig } from '@tongban/config';
import { DocumentStore, S3StorageDriver } from '@tongban/storage';
import { FIXED_DATA_KEYS, infrastructureEnv } from '@tongban/testing';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';

/**
 * What the archive transfer achieves against a plain copy between the same two buckets on the
 * same server (issue 9, issue 11): the verified copy streams from a presigned URL into the other
 * bucket with sha256 and size computed on the way; the plain copy streams the same object
 * GET → PUT with no URL and no digest. Prints the median of several runs, with min and max.
 *
 *   source .infra/env && npm run bench:archive-transfer -- [--megabytes 200] [--runs 3]
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      megabytes: { type: 'string', default: '200' },
      runs: { type: 'string', default: '3' },
    },
  });
  const megabytes = Number(values.megabytes);
  const runs = Number(values.runs);
  const suffix = randomBytes(4).toString('hex');
  const origin = storeOf(`tongban-bench-origin-${suffix}`);
  const destination = storeOf(`tongban-bench-destination-${suffix}`);
  await Promise.all([origin.onApplicationBootstrap(), destination.onApplicationBootstrap()]);

  const { stream, digest } = generated(megabytes);
  await origin.putStream('archive/large.bin', stream, 'application/octet-stream', 'unknown');
  const file = {
    path: 'data/bench/large.bin',
    role: 'OTHER' as const,
    mediaType: 'application/octet-stream',
    size: megabytes * 1024 * 1024,
    sha256: digest(),
  };

  const verified: number[] = [];
  const plain: number[] = [];
  for (let run = 0; run < runs; run++) {
    verified.push(
      await timed(async () => {
        const result = await copyVerified(
          await origin.presignedGetUrl('archive/large.bin', 3600),
          file,
          destination,
          `verified/${run}.bin`,
        );
        if (!result.ok) throw new Error(`verified copy failed: ${result.detail}`);
      }),
    );
    plain.push(
      await timed(async () =>
        destination.putStream(
          `plain/${run}.bin`,
          await origin.get('archive/large.bin'),
          'application/octet-stream',
          file.sha256,
        ),
      ),
    );
  }
  const rate = (seconds: number) => megabytes / seconds;
  const row = (name: string, seconds: number[]) => {
    const rates = seconds.map(rate).sort((a, b) => a - b);
    return `| ${name} | ${rates[Math.floor(rates.length / 2)]!.toFixed(1)} | ${rates[0]!.toFixed(1)} | ${rates.at(-1)!.toFixed(1)} |`;
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  process.stdout.write(
    [
      `archive transfer of one ${megabytes} MB file between two buckets, ${runs} runs (MB/s)`,
      '| copy | median | min | max |',
      '|---|---|---|---|',
      row('verified (presigned URL, sha256 + size on the way)', verified),
      row('plain (GET → PUT, no digest)', plain),
      `verified / plain: ${((rate(median(verified)) / rate(median(plain))) * 100).toFixed(0)}%`,
      '',
    ].join('\n'),
  );
}

function storeOf(bucket: string): DocumentStore {
  const config = loadConfig(ServiceConfig, {
    ...infrastructureEnv(),
    NODE_ID: 'archive-transfer-bench',
    COUNTY_CODES: '320106',
    HTTP_PORT: '1',
    STAFF_TOKEN_SECRET: 'unused-staff-token-secret-0000000000000',
    ...FIXED_DATA_KEYS,
    DATABASE_NAME: 'unused_bench',
    S3_BUCKET: bucket,
  });
  return new DocumentStore(config, new S3StorageDriver(config));
}

function generated(megabytes: number) {
  const hash = createHash('sha256');
  const block = randomBytes(1024 * 1024);
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent === megabytes) return this.push(null);
      sent += 1;
      hash.update(block);
      this.push(block);
    },
  });
  return { stream, digest: () => hash.digest('hex') };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
