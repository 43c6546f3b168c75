import { randomBytes } from 'node:crypto';
import { EncryptedFieldTransformer } from './encrypted-column';
import { ciphertextKeyId, decryptField, encryptField, isCiphertext } from './field-cipher';
import { parseFieldKeyRing } from './field-key-ring';
import { installFieldKeyRing } from './installed-key-ring';
import { lookupHash, RESIDENT_ID_LOOKUP } from './lookup-hash-column';
import { Equal } from 'typeorm';

const key = () => randomBytes(32).toString('base64');
const lookup = key();

describe('field encryption at rest (security item 3)', () => {
  const ring = parseFieldKeyRing(`k2:${key()},k1:${key()}`, lookup);

  it('seals a field so that only its own key and field name open it', () => {
    const sealed = encryptField(ring.current, 'application.id_number', '110101199003074518');
    expect(isCiphertext(sealed)).toBe(true);
    expect(ciphertextKeyId(sealed)).toBe('k2');
    expect(sealed).not.toContain('110101199003074518');
    expect(decryptField(ring, 'application.id_number', sealed)).toBe('110101199003074518');
    // Random IVs: the same value never looks the same twice (no equality leak).
    expect(encryptField(ring.current, 'application.id_number', '110101199003074518')).not.toBe(
      sealed,
    );
    expect(() => decryptField(ring, 'application.phone', sealed)).toThrow(/does not open/);
  });

  it('refuses a ciphertext altered by one character, and one from a key no longer held', () => {
    const sealed = encryptField(ring.current, 'application.phone', '13800138000');
    const flipped = sealed.slice(0, -2) + (sealed.at(-2) === 'A' ? 'B' : 'A') + sealed.at(-1);
    expect(() => decryptField(ring, 'application.phone', flipped)).toThrow(/does not open/);
    const other = parseFieldKeyRing(`k9:${key()}`, lookup);
    expect(() => decryptField(other, 'application.phone', sealed)).toThrow(
      /data key "k2", which DATA_ENCRYPTION_KEYS no longer holds/,
    );
  });

  it('opens what an older key of the ring wrote, after a rotation', () => {
    const before = parseFieldKeyRing(`k1:${ring.keys[1].key.toString('base64')}`, lookup);
    const sealed = encryptField(before.current, 'application.applicant_name', '张三');
    expect(decryptField(ring, 'application.applicant_name', sealed)).toBe('张三');
  });

  it('names the variable and the rule of a malformed key ring, never the key', () => {
    expect(() => parseFieldKeyRing('k1', lookup)).toThrow(/DATA_ENCRYPTION_KEYS: entry 1/);
    expect(() => parseFieldKeyRing(`k1:${randomBytes(16).toString('base64')}`, lookup)).toThrow(
      /key "k1" must be 32 bytes/,
    );
    const secret = key();
    expect(() => parseFieldKeyRing(`k1:${secret},k1:${key()}`, lookup)).toThrow(
      /key id "k1" appears twice/,
    );
    expect(() => parseFieldKeyRing(`k1:${secret}`, 'c2hvcnQ=')).toThrow(/DATA_LOOKUP_KEY/);
    try {
      parseFieldKeyRing(`k1:${secret},k1:${key()}`, lookup);
    } catch (error) {
      expect(String(error)).not.toContain(secret);
    }
  });

  describe('as a column', () => {
    beforeAll(() => installFieldKeyRing(ring));
    const address = new EncryptedFieldTransformer('application.mailing_address', 'json');

    it('stores JSON encrypted and reads it back, and reads values from before encryption as they are', () => {
      const value = { recipientName: '张三', addressLine: '鼓楼区中山路1号' };
      const stored = address.to(value)!;
      expect(stored).toMatch(/^enc:v1:k2:/);
      expect(stored).not.toContain('中山路');
      expect(address.from(stored)).toEqual(value);
      expect(address.from(JSON.stringify(value))).toEqual(value);
      expect(address.from(null)).toBeNull();
    });

    it('refuses to be searched: a random ciphertext would silently match nothing', () => {
      expect(() => address.to(Equal('x'))).toThrow(
        /cannot be searched; look it up by its keyed hash/,
      );
    });

    it('hashes lookups under the node key, alike for x and X, differently per purpose', () => {
      const hash = lookupHash(RESIDENT_ID_LOOKUP, '11010119900307451x');
      expect(hash).toBe(lookupHash(RESIDENT_ID_LOOKUP, ' 11010119900307451X'));
      expect(hash).not.toBe(lookupHash('card-number', '11010119900307451X'));
      expect(hash).not.toContain('110101');
      installFieldKeyRing(parseFieldKeyRing(`k3:${key()}`, key()));
      expect(lookupHash(RESIDENT_ID_LOOKUP, '11010119900307451X')).not.toBe(hash);
    });
  });
});
