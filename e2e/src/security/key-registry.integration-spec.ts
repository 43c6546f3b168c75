import {
  KEY_REGISTRY_FLOW_ID,
  NATIONAL_MONITOR_COUNTY,
  SignatureHeaders,
  topicName,
  Topics,
} from '@tongban/contracts';
import { INTAKE_DEFINITION } from '@tongban/intake';
import {
  CountyKeyRegistry,
  KEY_REGISTRY_TOPIC,
  keyThumbprint,
  publicKeyFromBase64,
} from '@tongban/messaging';
import { MONITOR_DEFINITION } from '@tongban/monitor';
import { ServiceApp } from '@tongban/runtime';
import { anEnvelope, eventually, randomCountyCode, TestNode } from '@tongban/testing';
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';

/**
 * Security item 6: county keys published in a registry the national node signs, with rotation
 * and revocation. A county node that pins only the registry key trusts a provincial sender once
 * the national office registers its key, and refuses its envelopes from the revocation on;
 * a registry publication not signed with the pinned key changes nothing; a restarted service
 * knows the registry before it reads anything.
 */
describe('the national key registry: registration, revocation, forged publications', () => {
  let national: TestNode;
  let sender: TestNode;
  let residence: TestNode;
  let monitor: ServiceApp;
  let intake: ServiceApp;
  let senderKeyId: string;
  const registryEnv = () => ({ KEY_REGISTRY_PUBLIC_KEY: national.exchangeKeys.publicKey });

  beforeAll(async () => {
    [national, sender, residence] = await Promise.all([
      TestNode.create([NATIONAL_MONITOR_COUNTY]),
      TestNode.create([randomCountyCode()]),
      TestNode.create([randomCountyCode()]),
    ]);
    senderKeyId = keyThumbprint(publicKeyFromBase64(sender.exchangeKeys.publicKey));
    // The operator provisions the registry topic (deploy: kafka:grant-node-access).
    await national.ensureTopic(KEY_REGISTRY_TOPIC);
    monitor = await national.start(MONITOR_DEFINITION, {
      MONITOR_READS_HISTORY: 'false',
      ...registryEnv(),
    });
    // No key of the sender is pinned here: only the registry can make it trusted.
    intake = await residence.start(INTAKE_DEFINITION, registryEnv());
  }, 180_000);

  afterAll(() => Promise.all([national?.dispose(), sender?.dispose(), residence?.dispose()]));

  const supervisor = () => national.staffHeaders('SUPERVISOR', NATIONAL_MONITOR_COUNTY);
  const topic = () =>
    topicName(Topics.caseReturned, {
      nodeId: residence.nodeId,
      countyCode: residence.countyCodes[0]!,
    });

  let sent = 0;

  /**
   * Sends the residence county a signed, encrypted envelope from the sender; returns what its
   * exchange log says of it. A refused message is logged unopened (no event id), so messages
   * are told apart by their order on the topic: one at a time.
   */
  async function send(): Promise<{ direction: string; reason: string | null }> {
    const applicationId = randomUUID();
    const envelope = anEnvelope(
      Topics.caseReturned.type,
      { applicationId, reason: '非本县户籍', returnedOn: '2026-12-08' },
      { sourceCounty: sender.countyCodes[0]!, destinationCounty: residence.countyCodes[0]! },
    );
    await sender.produceSigned(topic(), envelope, {
      encryptTo: residence.encryptionKeys.publicKey,
    });
    sent += 1;
    return eventually(async () => {
      const rows = (await intake.app
        .get(DataSource)
        .query(
          'SELECT direction, reason FROM intake.exchange_log WHERE topic = $1 ORDER BY sequence',
          [topic()],
        )) as { direction: string; reason: string | null }[];
      expect(rows).toHaveLength(sent);
      return rows[sent - 1]!;
    }, 30_000);
  }

  const registryOf = (service: ServiceApp) => service.app.get(CountyKeyRegistry);
  const published = async () =>
    (await request(monitor.app.getHttpServer()).get('/key-registry').expect(200)).body as {
      sequence: number;
      keys: { keyId: string; revokedAt?: string }[];
    };

  it('refuses a provincial sender whose key nobody pinned or registered', async () => {
    expect(await send()).toEqual({
      direction: 'REJECTED',
      reason: `signer ${sender.countyCodes[0]} is not a trusted county`,
    });
  });

  it('refuses bad registrations with the field named, and changes nothing', async () => {
    const before = await published();
    const http = () => request(monitor.app.getHttpServer());
    const x25519 = generateKeyPairSync('x25519')
      .publicKey.export({ format: 'der', type: 'spki' })
      .toString('base64');
    const bad = await http()
      .post('/key-registry/keys')
      .set(supervisor())
      .send({ county: '32010', publicKey: x25519 })
      .expect(400);
    expect(bad.body.message.join(' ')).toMatch(/county/);
    const wrongKey = await http()
      .post('/key-registry/keys')
      .set(supervisor())
      .send({ county: sender.countyCodes[0], publicKey: x25519 })
      .expect(400);
    expect(wrongKey.body.message).toEqual([
      'publicKey must be an Ed25519 public key in base64 SPKI DER (R34)',
    ]);
    await http()
      .post('/key-registry/keys')
      .set(national.staffHeaders('AUDITOR', NATIONAL_MONITOR_COUNTY))
      .send({ county: sender.countyCodes[0], publicKey: sender.exchangeKeys.publicKey })
      .expect(403);
    await http()
      .post('/key-registry/keys')
      .set(residence.staffHeaders('SUPERVISOR'))
      .send({ county: sender.countyCodes[0], publicKey: sender.exchangeKeys.publicKey })
      .expect(401);
    await http()
      .post(`/key-registry/keys/${senderKeyId}/revocation`)
      .set(supervisor())
      .send({ reason: 'never registered' })
      .expect(404);
    expect(await published()).toEqual(before);
  });

  it('trusts the sender once the national office registers its key', async () => {
    // A forged publication first, on the registry's partition: it names a stranger's key for
    // the sender's county and claims a far higher sequence. Were it adopted, the genuine
    // publication after it (lower sequence) would be ignored and the sender stay untrusted.
    const stranger = generateKeyPairSync('ed25519');
    const strangerKey = stranger.publicKey
      .export({ format: 'der', type: 'spki' })
      .toString('base64');
    const forged = Buffer.from(
      JSON.stringify(
        anEnvelope(
          Topics.countyKeysPublished.type,
          {
            applicationId: KEY_REGISTRY_FLOW_ID,
            sequence: 1_000_000,
            issuedAt: new Date().toISOString(),
            keys: [
              {
                county: sender.countyCodes[0],
                keyId: keyThumbprint(stranger.publicKey),
                use: 'signing',
                publicKey: strangerKey,
                validFrom: '2026-01-01T00:00:00.000Z',
              },
            ],
          },
          { sourceCounty: NATIONAL_MONITOR_COUNTY, destinationCounty: NATIONAL_MONITOR_COUNTY },
        ),
      ),
    );
    await national.produce(KEY_REGISTRY_TOPIC, [
      {
        key: KEY_REGISTRY_FLOW_ID,
        value: forged,
        headers: {
          [SignatureHeaders.signature]: sign(null, forged, stranger.privateKey).toString('base64'),
          [SignatureHeaders.signer]: NATIONAL_MONITOR_COUNTY,
        },
      },
    ]);

    const registered = await request(monitor.app.getHttpServer())
      .post('/key-registry/keys')
      .set(supervisor())
      .send({ county: sender.countyCodes[0], publicKey: sender.exchangeKeys.publicKey })
      .expect(201);
    expect(registered.body).toMatchObject({ keyId: senderKeyId, county: sender.countyCodes[0] });
    const { sequence } = await published();
    await eventually(() => expect(registryOf(intake).version).toBe(sequence), 20_000);
    expect(registryOf(intake).find(keyThumbprint(stranger.publicKey))).toBeUndefined();

    expect(await send()).toEqual({ direction: 'RECEIVED', reason: null });
    await request(monitor.app.getHttpServer())
      .post('/key-registry/keys')
      .set(supervisor())
      .send({ county: sender.countyCodes[0], publicKey: sender.exchangeKeys.publicKey })
      .expect(409);
  });

  it('refuses what the key signs from its revocation on, also after a restart', async () => {
    const revoked = await request(monitor.app.getHttpServer())
      .post(`/key-registry/keys/${senderKeyId}/revocation`)
      .set(supervisor())
      .send({ reason: 'key compromised' })
      .expect(200);
    expect(revoked.body).toMatchObject({ keyId: senderKeyId, revocationReason: 'key compromised' });
    const { sequence } = await published();
    await eventually(() => expect(registryOf(intake).version).toBe(sequence), 20_000);

    const refused = await send();
    expect(refused.direction).toBe('REJECTED');
    expect(refused.reason).toBe(
      `key ${senderKeyId} of county ${sender.countyCodes[0]} was revoked at ${revoked.body.revokedAt} (key compromised)`,
    );
    await request(monitor.app.getHttpServer())
      .post(`/key-registry/keys/${senderKeyId}/revocation`)
      .set(supervisor())
      .send({ reason: 'again' })
      .expect(409);

    // A restarted service has read the registry before it consumes anything.
    await residence.stop(intake);
    intake = await residence.start(INTAKE_DEFINITION, registryEnv());
    expect(registryOf(intake).version).toBe(sequence);
    expect((await send()).reason).toMatch(/was revoked at/);
  });
});
