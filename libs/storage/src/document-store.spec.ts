import { sha256Hex } from './document-store';

describe('sha256Hex', () => {
  it('matches the published SHA-256 test vector for "abc"', () => {
    expect(sha256Hex(Buffer.from('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
