import { ServiceConfig } from '@tongban/config';
import { CountyKeysPublishedPayload } from '@tongban/contracts';
import { Clock } from '@tongban/util';
import { calculateJwkThumbprint, exportJWK } from 'jose';
import { generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { CountySignatures } from './county-signatures';
import { CountyKeyRegistry } from './key-registry/county-key-registry';
import { keyThumbprint } from './key-registry/key-thumbprint';

const spki = (key: KeyObject) => key.export({ format: 'der', type: 'spki' }).toString('base64');
const pkcs8 = (key: KeyObject) => key.export({ format: 'der', type: 'pkcs8' }).toString('base64');

class FixedClock extends Clock {
  constructor(public at: Date) {
    super();
  }
  now(): Date {
    return this.at;
  }
}

describe('CountySignatures: keys pinned by the operator and published by the national registry', () => {
  const message = Buffer.from('{"id":"…"}');
  const pinned = generateKeyPairSync('ed25519');
  const rotated = generateKeyPairSync('ed25519');
  const stranger = generateKeyPairSync('ed25519');
  const signed = (key: KeyObject) => sign(null, message, key).toString('base64');
  const clock = new FixedClock(new Date('2026-12-08T10:00:00Z'));

  function receiver(registry = new CountyKeyRegistry()) {
    const config = { EXCHANGE_TRUSTED_KEYS: `320106=${spki(pinned.publicKey)}` } as ServiceConfig;
    return new CountySignatures(config, registry, clock);
  }

  function publication(
    sequence: number,
    keys: Partial<CountyKeysPublishedPayload['keys'][number]>[],
  ): CountyKeysPublishedPayload {
    return {
      sequence,
      issuedAt: clock.at.toISOString(),
      keys: keys.map((key) => ({
        county: '320106',
        use: 'signing',
        validFrom: '2026-01-01T00:00:00.000Z',
        ...key,
        keyId: key.keyId!,
        publicKey: key.publicKey!,
      })),
    };
  }

  const entry = (pair: { publicKey: KeyObject }) => ({
    keyId: keyThumbprint(pair.publicKey),
    publicKey: spki(pair.publicKey),
  });

  it('names keys by their RFC 7638 thumbprint, as any JOSE library computes it', async () => {
    expect(keyThumbprint(pinned.publicKey)).toBe(
      await calculateJwkThumbprint(await exportJWK(pinned.publicKey), 'sha256'),
    );
  });

  it('accepts the pinned key, and refuses an unknown county or a key it does not know', () => {
    const signatures = receiver();
    expect(signatures.verify('320106', message, signed(pinned.privateKey))).toEqual({
      valid: true,
    });
    expect(signatures.verify('220122', message, signed(pinned.privateKey))).toEqual({
      valid: false,
      reason: 'signer 220122 is not a trusted county',
    });
    expect(signatures.verify('320106', message, signed(stranger.privateKey))).toEqual({
      valid: false,
      reason: 'signature of county 320106 does not match the message',
    });
  });

  it('trusts a key the registry publishes, and holds the sender to the key it names', () => {
    const registry = new CountyKeyRegistry();
    registry.adopt(publication(1, [entry(rotated)]));
    const signatures = receiver(registry);
    expect(signatures.verify('320106', message, signed(rotated.privateKey))).toEqual({
      valid: true,
    });
    expect(
      signatures.verify('320106', message, signed(rotated.privateKey), entry(pinned).keyId),
    ).toEqual({ valid: false, reason: 'signature of county 320106 does not match the message' });
    expect(
      signatures.verify('320106', message, signed(rotated.privateKey), entry(stranger).keyId),
    ).toEqual({
      valid: false,
      reason: `key ${entry(stranger).keyId} is not a key of county 320106`,
    });
  });

  it('refuses a revoked key from the revocation time on, a pinned one too', () => {
    const registry = new CountyKeyRegistry();
    registry.adopt(
      publication(1, [
        {
          ...entry(pinned),
          revokedAt: '2026-12-08T09:00:00.000Z',
          revocationReason: 'key compromised',
        },
        { ...entry(rotated), revokedAt: '2026-12-08T11:00:00.000Z' },
      ]),
    );
    const signatures = receiver(registry);
    expect(signatures.verify('320106', message, signed(pinned.privateKey))).toEqual({
      valid: false,
      reason: `key ${entry(pinned).keyId} of county 320106 was revoked at 2026-12-08T09:00:00.000Z (key compromised)`,
    });
    // Not yet: the revocation time is still ahead.
    expect(signatures.verify('320106', message, signed(rotated.privateKey))).toEqual({
      valid: true,
    });
    clock.at = new Date('2026-12-08T11:00:00Z');
    expect(signatures.verify('320106', message, signed(rotated.privateKey))).toMatchObject({
      valid: false,
    });
    clock.at = new Date('2026-12-08T10:00:00Z');
  });

  it('refuses a key before its validFrom', () => {
    const registry = new CountyKeyRegistry();
    registry.adopt(publication(1, [{ ...entry(rotated), validFrom: '2026-12-09T00:00:00.000Z' }]));
    expect(receiver(registry).verify('320106', message, signed(rotated.privateKey))).toEqual({
      valid: false,
      reason: `key ${entry(rotated).keyId} of county 320106 is valid only from 2026-12-09T00:00:00.000Z`,
    });
  });

  it('never goes back to an older publication: a replayed one cannot undo a revocation', () => {
    const registry = new CountyKeyRegistry();
    expect(
      registry.adopt(
        publication(2, [{ ...entry(rotated), revokedAt: '2026-12-01T00:00:00.000Z' }]),
      ),
    ).toBe(true);
    expect(registry.adopt(publication(1, [entry(rotated)]))).toBe(false);
    expect(registry.adopt(publication(2, [entry(rotated)]))).toBe(false);
    expect(receiver(registry).verify('320106', message, signed(rotated.privateKey))).toMatchObject({
      valid: false,
    });
    expect(registry.version).toBe(2);
  });

  it('names its own signing key by thumbprint, for the header', () => {
    const config = { EXCHANGE_SIGNING_KEY: pkcs8(rotated.privateKey) } as ServiceConfig;
    expect(new CountySignatures(config, new CountyKeyRegistry(), clock).signingKeyId).toBe(
      entry(rotated).keyId,
    );
  });
});
