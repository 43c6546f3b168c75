import { generateKeyPairSync } from 'node:crypto';
import { CountyEncryption, EXCHANGE_ENCRYPTION } from './county-encryption';

function x25519() {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

describe('CountyEncryption: what one county sends another, readable by that county only', () => {
  const hukou = x25519();
  const other = x25519();
  const sender = new CountyEncryption({ EXCHANGE_RECIPIENT_KEYS: `220122=${hukou.publicKey}` });
  const receiver = new CountyEncryption({ EXCHANGE_DECRYPTION_KEY: hukou.privateKey });
  const envelope = Buffer.from(JSON.stringify({ applicant: { idNumber: '110105194912310021' } }));

  it('encrypts to the destination county as a compact JWE that its key opens', async () => {
    const sealed = await sender.seal('220122', envelope);
    expect(sealed.encrypted).toBe(true);
    expect(sealed.bytes.toString().split('.')).toHaveLength(5);
    expect(sealed.bytes.toString()).not.toContain('110105194912310021');
    const opened = await receiver.open('320106', sealed.bytes, EXCHANGE_ENCRYPTION.header);
    expect(opened).toEqual({ ok: true, bytes: envelope });
  });

  it('sends as it is to a county that has published no key', async () => {
    expect(await sender.seal('540102', envelope)).toEqual({ bytes: envelope, encrypted: false });
  });

  it('refuses what it cannot open, in clear, or in an unknown scheme', async () => {
    const toOther = await new CountyEncryption({
      EXCHANGE_RECIPIENT_KEYS: `220122=${other.publicKey}`,
    }).seal('220122', envelope);
    expect(await receiver.open('320106', toOther.bytes, 'JWE')).toEqual({
      ok: false,
      reason: 'cannot decrypt: not encrypted to this node’s key',
    });
    expect(await receiver.open('320106', envelope, undefined)).toEqual({
      ok: false,
      reason: 'not encrypted: county 320106 must encrypt to us',
    });
    expect(await receiver.open('320106', envelope, 'ROT13')).toMatchObject({ ok: false });
  });

  it('takes signed-only messages from counties still upgrading, and on a node without a key', async () => {
    const upgrading = new CountyEncryption({
      EXCHANGE_DECRYPTION_KEY: hukou.privateKey,
      EXCHANGE_PLAINTEXT_COUNTIES: ['320106'],
    });
    expect(await upgrading.open('320106', envelope, undefined)).toEqual({
      ok: true,
      bytes: envelope,
    });
    expect(await upgrading.open('320102', envelope, undefined)).toMatchObject({ ok: false });
    expect(await new CountyEncryption({}).open('320106', envelope, undefined)).toEqual({
      ok: true,
      bytes: envelope,
    });
  });
});
