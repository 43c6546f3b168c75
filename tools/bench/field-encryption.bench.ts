import 'reflect-metadata';
import { INTAKE_DEFINITION } from '@tongban/intake';
import { EncryptedFieldTransformer } from '@tongban/persistence';
import { anApplicationRequest, TestNode } from '@tongban/testing';
import { parseArgs } from 'node:util';
import request from 'supertest';
import { DataSource, type ObjectLiteral } from 'typeorm';

/**
 * What encryption at rest costs a filing (security item 3): the time the column transformers
 * take to seal and open every encrypted field of a filed application, against the HTTP filing
 * rate of intake on the real servers. Prints figures only; nothing here asserts a time.
 *
 *   source .infra/env && npm run bench:field-encryption -- [--filings 400] [--concurrency 8]
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      filings: { type: 'string', default: '400' },
      concurrency: { type: 'string', default: '8' },
    },
  });
  const filings = Number(values.filings);
  const concurrency = Number(values.concurrency);
  const node = await TestNode.create(['320106']);
  try {
    const intake = await node.start(INTAKE_DEFINITION, {}, { awaitConsumer: false });
    const http = () => request(intake.app.getHttpServer());
    const file = () =>
      http().post('/applications').set(node.staffHeaders('CLERK')).send(anApplicationRequest());

    for (let i = 0; i < 20; i++) await file().expect(201); // warm-up
    const started = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < filings) await file().expect(201);
      }),
    );
    const filingMs = Number(process.hrtime.bigint() - started) / 1e6;
    const rate = filings / (filingMs / 1000);

    // The same fields of a real row, sealed and opened by the columns' own transformers.
    const dataSource = intake.app.get(DataSource);
    const application = dataSource.entityMetadatas.find((m) => m.tableName === 'application')!;
    const [row] = (await dataSource.getRepository(application.target).find({
      take: 1,
    })) as ObjectLiteral[];
    const columns = application.columns.filter(
      (c) => c.transformer instanceof EncryptedFieldTransformer,
    );
    const rounds = 20_000;
    const sealStarted = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) {
      for (const column of columns) {
        const transformer = column.transformer as EncryptedFieldTransformer;
        transformer.from(transformer.to(row![column.propertyName]));
      }
    }
    const perRowUs = Number(process.hrtime.bigint() - sealStarted) / 1e3 / rounds;
    const perFilingMs = 1000 / rate;

    console.log(
      `intake filing over HTTP: ${rate.toFixed(1)} filings/s at concurrency ${concurrency}`,
    );
    console.log(
      `seal + open of the ${columns.length} encrypted fields of one application: ${perRowUs.toFixed(1)} µs`,
    );
    console.log(
      `share of a filing's time (${perFilingMs.toFixed(2)} ms at that rate, one write and one read): ${((perRowUs / 1000 / perFilingMs) * 100).toFixed(2)} %`,
    );
  } finally {
    await node.dispose();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
