import { archiveObjectKey } from '../e-archive/archive-object-key';
import { fixityVerdict } from './fixity-verdict';

describe('fixity (R30)', () => {
  const recorded = { sha256: 'a'.repeat(64), size: 10 };

  it('is intact only with the recorded size and digest', () => {
    expect(fixityVerdict(recorded, { sha256: 'a'.repeat(64), size: 10 })).toBe('INTACT');
    expect(fixityVerdict(recorded, { sha256: 'b'.repeat(64), size: 10 })).toBe('MISMATCH');
    expect(fixityVerdict(recorded, { sha256: 'a'.repeat(64), size: 11 })).toBe('MISMATCH');
  });

  it('calls an object that is not there missing', () => {
    expect(fixityVerdict(recorded, undefined)).toBe('MISSING');
  });

  it('keeps archive copies under its own prefix, one key per case, kind and content', () => {
    const id = '3f0c7a52-0a5e-4b8e-9d51-2f7f3b0b6f11';
    expect(archiveObjectKey(id, 'PHOTO', 'c'.repeat(64))).toBe(
      `archive/cases/${id}/PHOTO/${'c'.repeat(64)}`,
    );
  });
});
