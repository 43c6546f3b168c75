import { Inject, Injectable } from '@nestjs/common';
import { ServiceConfig } from '@tongban/config';
import { EncryptionHeaders, EXCHANGE_ENCRYPTION } from '@tongban/contracts';
import { compactDecrypt, CompactEncrypt } from 'jose';
import { createPrivateKey, KeyObject } from 'node:crypto';
import { parseCountyKeys } from './county-keys';

// The wire names belong to the public contract (R34); re-exported for the transport's users.
export { EncryptionHeaders, EXCHANGE_ENCRYPTION };

export type Sealed = { bytes: Buffer; encrypted: boolean };
export type Opened = { ok: true; bytes: Buffer } | { ok: false; reason: string };

type EncryptionConfig = Pick<
  ServiceConfig,
  'EXCHANGE_DECRYPTION_KEY' | 'EXCHANGE_RECIPIENT_KEYS' | 'EXCHANGE_PLAINTEXT_COUNTIES'
>;

/**
 * Encryption between county nodes on top of their signatures: what this node sends to a
 * county whose key it knows is readable by that county's node only, wherever the bytes pass
 * (broker, its disks, a mirror); what it receives for its own counties must be so encrypted,
 * except from counties still on signed-only exchange (EXCHANGE_PLAINTEXT_COUNTIES).
 */
@Injectable()
export class CountyEncryption {
  private readonly decryptionKey?: KeyObject;
  private readonly recipients: Map<string, KeyObject>;
  private readonly plaintextCounties: Set<string>;

  constructor(@Inject(ServiceConfig) config: EncryptionConfig) {
    if (config.EXCHANGE_DECRYPTION_KEY) {
      this.decryptionKey = createPrivateKey({
        key: Buffer.from(config.EXCHANGE_DECRYPTION_KEY, 'base64'),
        format: 'der',
        type: 'pkcs8',
      });
    }
    this.recipients = parseCountyKeys(config.EXCHANGE_RECIPIENT_KEYS);
    this.plaintextCounties = new Set(config.EXCHANGE_PLAINTEXT_COUNTIES ?? []);
  }

  /**
   * The bytes to send to a county: encrypted to its key when this node has it; as they are
   * for a county that has published none yet (it cannot read anything else).
   */
  async seal(destinationCounty: string, bytes: Buffer): Promise<Sealed> {
    const key = this.recipients.get(destinationCounty);
    if (!key) return { bytes, encrypted: false };
    const jwe = await new CompactEncrypt(bytes)
      .setProtectedHeader({
        alg: EXCHANGE_ENCRYPTION.alg,
        enc: EXCHANGE_ENCRYPTION.enc,
        kid: destinationCounty,
        cty: 'application/json',
      })
      .encrypt(key);
    return { bytes: Buffer.from(jwe), encrypted: true };
  }

  /** The plaintext of a signed message from `senderCounty`, or why it is refused. */
  async open(senderCounty: string, bytes: Buffer, encryption: string | undefined): Promise<Opened> {
    if (encryption === undefined) {
      if (!this.decryptionKey || this.plaintextCounties.has(senderCounty))
        return { ok: true, bytes };
      return { ok: false, reason: `not encrypted: county ${senderCounty} must encrypt to us` };
    }
    if (encryption !== EXCHANGE_ENCRYPTION.header)
      return { ok: false, reason: `unknown encryption "${encryption}"` };
    if (!this.decryptionKey)
      return { ok: false, reason: 'encrypted, but this node has no EXCHANGE_DECRYPTION_KEY' };
    try {
      const { plaintext } = await compactDecrypt(bytes.toString(), this.decryptionKey, {
        keyManagementAlgorithms: [EXCHANGE_ENCRYPTION.alg],
        contentEncryptionAlgorithms: [EXCHANGE_ENCRYPTION.enc],
      });
      return { ok: true, bytes: Buffer.from(plaintext) };
    } catch {
      return { ok: false, reason: 'cannot decrypt: not encrypted to this node’s key' };
    }
  }
}
