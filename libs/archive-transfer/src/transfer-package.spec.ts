import { ServiceConfig } from '@tongban/config';
import { CountyKeyRegistry, CountySignatures } from '@tongban/messaging';
import { SystemClock } from '@tongban/util';
import { generateKeyPairSync, KeyObject, randomUUID } from 'node:crypto';
import { buildManifest, openManifest, sealManifest } from './transfer-manifests';
import { buildReceipt, openReceipt, sealReceipt } from './transfer-receipts';
import { textSha256 } from './signed-text';

const der = (key: KeyObject, type: 'spki' | 'pkcs8') =>
  key.export({ format: 'der', type }).toString('base64');

/** A node of one county that trusts the other county's key. */
function node(own: ReturnType<typeof generateKeyPairSync>, trusted: string) {
  return new CountySignatures(
    {
      EXCHANGE_SIGNING_KEY: der(own.privateKey, 'pkcs8'),
      EXCHANGE_TRUSTED_KEYS: trusted,
    } as ServiceConfig,
    new CountyKeyRegistry(),
    new SystemClock(),
  );
}

describe('the archive transfer package: manifest and receipt, signed like the exchange (R19, R34)', () => {
  const originalKeys = generateKeyPairSync('ed25519');
  const destinationKeys = generateKeyPairSync('ed25519');
  // O = 220122 (original hukou county), N = 320106 (new hukou county).
  const original = node(originalKeys, `320106=${der(destinationKeys.publicKey, 'spki')}`);
  const destination = node(destinationKeys, `220122=${der(originalKeys.publicKey, 'spki')}`);
  const manifest = buildManifest({
    transferId: randomUUID(),
    caseId: randomUUID(),
    sourceCounty: '220122',
    destinationCounty: '320106',
    createdAt: '2026-12-08T02:00:00.000Z',
    files: [
      {
        path: 'data/photo/1.jpg',
        role: 'PHOTO',
        mediaType: 'image/jpeg',
        size: 2048,
        sha256: 'a'.repeat(64),
      },
      {
        path: 'data/assessment/form.pdf',
        role: 'ASSESSMENT_FORM',
        mediaType: 'application/pdf',
        size: 10_000,
        sha256: 'b'.repeat(64),
      },
    ],
  });

  it('computes the Payload-Oxum, and opens at the destination what the origin sealed', () => {
    expect(manifest.payloadOxum).toBe('12048.2');
    const sealed = sealManifest(manifest, original);
    const opened = openManifest(sealed, destination, ['320106']);
    expect(opened).toEqual({ ok: true, manifest, sha256: textSha256(sealed.text) });
  });

  it('refuses a tampered manifest, naming why', () => {
    const sealed = sealManifest(manifest, original);
    const tampered = { ...sealed, text: sealed.text.replace('"size":2048', '"size":2049') };
    expect(openManifest(tampered, destination, ['320106'])).toMatchObject({
      ok: false,
      problem: 'signature: signature of county 220122 does not match the message',
    });
  });

  it('refuses a manifest that is not the signer’s own, not ours, or incomplete', () => {
    const as = (draft: object) =>
      openManifest(sealManifest({ ...manifest, ...draft } as never, original), destination, [
        '320106',
      ]);
    expect(as({ sourceCounty: '110105' })).toMatchObject({
      ok: false,
      problem: expect.stringContaining('signature'),
    });
    expect(as({ destinationCounty: '110105' })).toMatchObject({
      ok: false,
      problem: 'manifest: addressed to county 110105, not to us',
    });
    expect(as({ payloadOxum: '12048.3' })).toMatchObject({
      ok: false,
      problem: 'manifest: Payload-Oxum 12048.3 does not match its files (12048.2)',
    });
    expect(
      as({ files: [manifest.files[0], manifest.files[0]], payloadOxum: '4096.2' }),
    ).toMatchObject({
      ok: false,
      problem: 'manifest: a path is listed twice',
    });
    expect(
      as({
        files: [{ ...manifest.files[0], path: 'data/../../etc/passwd' }],
        payloadOxum: '2048.1',
      }),
    ).toMatchObject({ ok: false, problem: expect.stringMatching(/^manifest: files\.0\.path/) });
  });

  it('answers with a signed receipt: ACCEPTED when all arrived, REFUSED naming each failure', () => {
    const manifestSha256 = textSha256(JSON.stringify(manifest));
    const accepted = buildReceipt({
      transferId: manifest.transferId,
      manifestSha256,
      answeredAt: '2026-12-08T02:05:00.000Z',
      received: manifest.files.map(({ path, sha256 }) => ({ path, sha256 })),
      refused: [],
    });
    expect(accepted.status).toBe('ACCEPTED');
    const refused = buildReceipt({
      transferId: manifest.transferId,
      manifestSha256,
      answeredAt: '2026-12-08T02:05:00.000Z',
      received: [{ path: 'data/photo/1.jpg', sha256: 'a'.repeat(64) }],
      refused: [
        { path: 'data/assessment/form.pdf', failure: 'DIGEST_MISMATCH', detail: 'sha256 …' },
      ],
    });
    expect(refused.status).toBe('REFUSED');
    const sealed = sealReceipt(refused, '320106', destination);
    expect(openReceipt(sealed, original, '320106')).toEqual({ ok: true, receipt: refused });
    expect(openReceipt(sealed, original, '110105')).toMatchObject({ ok: false });
    const forged = { ...sealed, text: sealed.text.replace('REFUSED', 'ACCEPTED') };
    expect(openReceipt(forged, original, '320106')).toMatchObject({ ok: false });
  });
});
