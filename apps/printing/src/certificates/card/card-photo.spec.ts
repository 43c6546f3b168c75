import { sha256Hex } from '@tongban/storage';
import { aTestPhotoPng } from '../__tests__/test-photo';
import { photoProblem } from './card-photo';

describe('photoProblem', () => {
  const png = aTestPhotoPng();

  it('accepts a PNG or JPEG whose bytes match the recorded digest', () => {
    expect(photoProblem(png, sha256Hex(png))).toBeUndefined();
    const jpegHeader = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    expect(photoProblem(jpegHeader, sha256Hex(jpegHeader))).toBeUndefined();
  });

  it('refuses bytes that changed since they arrived (R30)', () => {
    expect(photoProblem(png, sha256Hex(Buffer.from('other')))).toMatch(
      /^photo: the stored photo does not match the sha256 .*\(R30\)/,
    );
  });

  it('refuses a format a PDF cannot embed, naming the field', () => {
    const pdf = Buffer.from('%PDF-1.7 scanned photo');
    expect(photoProblem(pdf, sha256Hex(pdf))).toMatch(/^photo: only a JPEG or PNG photo/);
  });
});
