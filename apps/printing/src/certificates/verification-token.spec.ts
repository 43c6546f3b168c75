import { looksLikeVerificationToken, newVerificationToken } from './verification-token';

describe('verification tokens', () => {
  it('are URL-safe, 43 characters long and different every time', () => {
    const tokens = Array.from({ length: 200 }, newVerificationToken);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(encodeURIComponent(token)).toBe(token);
      expect(looksLikeVerificationToken(token)).toBe(true);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('are told apart from certificate numbers and junk', () => {
    expect(looksLikeVerificationToken('11010519491231002X42')).toBe(false);
    expect(looksLikeVerificationToken('')).toBe(false);
    expect(looksLikeVerificationToken('a'.repeat(42))).toBe(false);
    expect(looksLikeVerificationToken(`${'a'.repeat(42)}=`)).toBe(false);
  });
});
