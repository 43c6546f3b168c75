import type { CertificateState, LocalDate } from '@tongban/domain';
import { showsValidUntil, verificationStatus } from './verification-status';

const card = (status: CertificateState) => ({ status, validThrough: '2036-05-19' as LocalDate });
const on = (date: string) => date as LocalDate;

describe('verificationStatus', () => {
  it('calls an active card VALID through its last day and EXPIRED from the day after (R13)', () => {
    expect(verificationStatus(card('ACTIVE'), on('2026-05-20'))).toBe('VALID');
    expect(verificationStatus(card('ACTIVE'), on('2036-05-19'))).toBe('VALID');
    expect(verificationStatus(card('ACTIVE'), on('2036-05-20'))).toBe('EXPIRED');
  });

  it('reports FROZEN (R21) and CANCELLED (R21, R23) whatever the dates', () => {
    expect(verificationStatus(card('FROZEN'), on('2040-01-01'))).toBe('FROZEN');
    expect(verificationStatus(card('CANCELLED'), on('2030-01-01'))).toBe('CANCELLED');
  });

  it('treats a card replaced by a newer one, here or in a new hukou county, as no longer valid', () => {
    expect(verificationStatus(card('SUPERSEDED'), on('2030-01-01'))).toBe('CANCELLED');
    expect(verificationStatus(card('MIGRATED_OUT'), on('2030-01-01'))).toBe('CANCELLED');
  });

  it('reports a card reported lost (R22) as such, even within its validity', () => {
    expect(verificationStatus(card('REPORTED_LOST'), on('2030-01-01'))).toBe('REPORTED_LOST');
    expect(showsValidUntil('REPORTED_LOST')).toBe(false);
  });

  it('gives the last day of validity except for cancelled and unknown cards', () => {
    expect(showsValidUntil('VALID')).toBe(true);
    expect(showsValidUntil('EXPIRED')).toBe(true);
    expect(showsValidUntil('FROZEN')).toBe(true);
    expect(showsValidUntil('CANCELLED')).toBe(false);
    expect(showsValidUntil('UNKNOWN')).toBe(false);
  });
});
