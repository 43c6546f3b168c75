import {
  HTML_POSING_AS_PDF,
  JPEG_PHOTO,
  PDF_SCAN,
  PHOTO_SIZE,
  PNG_PHOTO,
  TRANSPARENT_PIXEL_PNG,
  pngOf,
} from '@tongban/testing';
import { decodeImage } from './decode-image';
import { parsePdf } from './parse-pdf';
import { UndecodableContentError } from './undecodable-content.error';

describe('decodeImage (R5: the photo is decoded, not sniffed)', () => {
  it.each([
    ['PNG', PNG_PHOTO, 'image/png'],
    ['JPEG', JPEG_PHOTO, 'image/jpeg'],
  ])('decodes a %s photo with its size, opacity and contrast', (_label, bytes, contentType) => {
    expect(decodeImage(bytes)).toMatchObject({
      contentType,
      ...PHOTO_SIZE,
      opaque: true,
      lumaRange: expect.any(Number),
    });
    expect(decodeImage(bytes).lumaRange).toBeGreaterThan(100);
  });

  it('finds the 1×1 transparent PNG transparent and blank', () => {
    expect(decodeImage(TRANSPARENT_PIXEL_PNG)).toEqual({
      contentType: 'image/png',
      width: 1,
      height: 1,
      opaque: false,
      lumaRange: 0,
    });
  });

  it('finds a single translucent pixel', () => {
    const rgba = Buffer.alloc(4 * 4 * 4, 0xff);
    rgba[3] = 254;
    expect(decodeImage(pngOf(4, 4, rgba)).opaque).toBe(false);
  });

  it.each([
    ['a truncated PNG', PNG_PHOTO.subarray(0, PNG_PHOTO.length - 40)],
    ['a truncated JPEG', JPEG_PHOTO.subarray(0, 400)],
    [
      'a PNG signature followed by HTML',
      Buffer.concat([PNG_PHOTO.subarray(0, 8), Buffer.from('<html>')]),
    ],
    ['a JPEG marker followed by text', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x41, 0x42, 0x43])],
    ['a PDF', PDF_SCAN],
  ])('refuses %s', (_label, bytes) => {
    expect(() => decodeImage(bytes)).toThrow(UndecodableContentError);
  });

  it('refuses a PNG announcing more pixels than may be decoded, before inflating it', () => {
    const bomb = Buffer.from(PNG_PHOTO);
    bomb.writeUInt32BE(100_000, 16);
    bomb.writeUInt32BE(100_000, 20);
    expect(() => decodeImage(bomb)).toThrow(/more than 64 megapixels/);
  });
});

describe('parsePdf (R30: the document is parsed, not its first bytes)', () => {
  it('parses a one-page scan', async () => {
    await expect(parsePdf(PDF_SCAN)).resolves.toEqual({ pageCount: 1 });
  });

  it.each([
    ['an HTML page starting with %PDF-', HTML_POSING_AS_PDF],
    ['a header only', Buffer.from('%PDF-1.4\n%%EOF\n')],
    [
      'a document without a page',
      Buffer.from(
        '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
      ),
    ],
  ])('refuses %s', async (_label, bytes) => {
    await expect(parsePdf(bytes)).rejects.toThrow(UndecodableContentError);
  });
});
