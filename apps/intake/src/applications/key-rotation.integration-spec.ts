import { FieldReencryption } from '@tongban/persistence';
import { ServiceApp } from '@tongban/runtime';
import { anApplicationRequest, eventually, TestNode } from '@tongban/testing';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { INTAKE_DEFINITION } from '../intake.definition';

const aKey = () => randomBytes(32).toString('base64');

/**
 * Security item 3: a node rotates its data key. Writes move to the new key at once, the old key
 * still opens older rows, the background re-encryption moves every row to the new key, and then
 * the old key can go. Rows from before encryption are encrypted and get their lookup hashes.
 */
describe('intake: rotating the data key re-encrypts every personal field in the background (real PostgreSQL)', () => {
  let node: TestNode;
  let intake: ServiceApp;
  const lookupKey = aKey();
  const oldKey = `old:${aKey()}`;
  const newKey = `new:${aKey()}`;

  const startWith = async (keys: string) => {
    if (intake) await node.stop(intake);
    intake = await node.start(INTAKE_DEFINITION, {
      DATA_ENCRYPTION_KEYS: keys,
      DATA_LOOKUP_KEY: lookupKey,
      DATA_REENCRYPTION_INTERVAL_MS: '100',
    });
  };
  const db = () => intake.app.get(DataSource);
  const http = () => request(intake.app.getHttpServer());
  const stored = async (id: string) =>
    (
      await db().query(
        `SELECT applicant_name, id_number, phone, mailing_address, id_number_hash
           FROM intake.application WHERE id = $1`,
        [id],
      )
    )[0] as Record<string, string | null>;
  const file = async (form = anApplicationRequest()) =>
    (await http().post('/applications').set(node.staffHeaders('CLERK')).send(form).expect(201)).body
      .applicationId as string;

  beforeAll(async () => {
    node = await TestNode.create(['320106']);
    await startWith(oldKey);
  });

  afterAll(() => node.dispose());

  it('writes under the current key, reads under the old one, then moves everything to the new one', async () => {
    const before = await file();
    expect((await stored(before)).id_number).toMatch(/^enc:v1:old:/);

    await startWith(`${newKey},${oldKey}`);
    const after = await file();
    expect((await stored(after)).phone).toMatch(/^enc:v1:new:/);
    // Still readable: the ring keeps the old key until the re-encryption is done.
    await http().get(`/applications/${before}`).set(node.staffHeaders('CLERK')).expect(200);

    // The node's own background job does it, while the node keeps working.
    const reencryption = intake.app.get(FieldReencryption);
    await eventually(async () => expect(await reencryption.staleRows()).toBe(0));
    for (const column of ['applicant_name', 'id_number', 'phone', 'mailing_address'])
      expect((await stored(before))[column]).toMatch(/^enc:v1:new:/);

    // The old key can go now: everything opens with the new one alone.
    await startWith(newKey);
    const shown = await http()
      .get(`/applications/${before}`)
      .set(node.staffHeaders('CLERK'))
      .expect(200);
    expect(shown.body.applicationId).toBe(before);
  });

  it('encrypts rows from before encryption and fills their lookup hash, so duplicate checks find them', async () => {
    const form = anApplicationRequest();
    const id = await file(form);
    const applicant = form.applicant as { idNumber: string; name: string };
    // As the migration leaves a row written before encryption: values in clear, no hash.
    await db().query(
      `UPDATE intake.application SET id_number = $2, applicant_name = $3, id_number_hash = NULL
        WHERE id = $1`,
      [id, applicant.idNumber, applicant.name],
    );
    // A restart looks again (the job stops looking once it has found nothing stale).
    await startWith(newKey);
    const row = await eventually(async () => {
      const now = await stored(id);
      expect(now.id_number).toMatch(/^enc:v1:new:/);
      expect(now.id_number_hash).not.toBeNull();
      return now;
    });
    expect(row.applicant_name).toMatch(/^enc:v1:new:/);
    const second = await http()
      .post('/applications')
      .set(node.staffHeaders('CLERK'))
      .send(form)
      .expect(409);
    expect(second.body.message).toMatch(
      /applicant\.idNumber: an application of this kind is already open/,
    );
  });
});
