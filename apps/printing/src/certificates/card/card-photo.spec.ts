import { sha256Hex } from '@tongban/storage';
import { JPEG_PHOTO, TRANSPARENT_PIXEL_PNG } from '@tongban/testing';
import { aTestPhotoPng } from '../__tests__/test-photo';
import { photoProblem } from './card-photo';

describe('photoProblem', () => {
  const png = aTestPhotoPng();

  it('accepts a PNG or JPEG two-inch photo whose bytes match the recorded digest', () => {
    expect(photoProblem(png, sha256Hex(png))).toBeUndefined();
    expect(photoProblem(JPEG_PHOTO, sha256Hex(JPEG_PHOTO))).toBeUndefined();
  });

  it('refuses bytes that changed since they arrived (R30)', () => {
    expect(photoProblem(png, sha256Hex(Buffer.from('other')))).toMatch(
      /^photo: the stored photo does not match the sha256 .*\(R30\)/,
    );
  });

  it('refuses a format a PDF cannot embed, or a JPEG header with no image, naming the field', () => {
    const pdf = Buffer.from('%PDF-1.7 scanned photo');
    expect(photoProblem(pdf, sha256Hex(pdf))).toMatch(/^photo: only a JPEG or PNG photo/);
    const jpegHeader = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    expect(photoProblem(jpegHeader, sha256Hex(jpegHeader))).toMatch(
      /^photo: only a JPEG or PNG photo that decodes .*\(R5\)/,
    );
  });

  it('R5: refuses the 1×1 transparent PNG, which would print an empty photo box', () => {
    expect(photoProblem(TRANSPARENT_PIXEL_PNG, sha256Hex(TRANSPARENT_PIXEL_PNG))).toMatch(
      /^photo: the photo is 1×1 px; .*photo: the photo has transparent pixels.*ask for a new photo$/,
    );
  });
});
