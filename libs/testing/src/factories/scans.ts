import { encode as encodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';

/** Width and height of the test photos: 35×49 mm at 300 dpi, a large two-inch photo (R5). */
export const PHOTO_SIZE = { width: 413, height: 579 } as const;

/**
 * RGBA pixels of a passport-style test photo: white background, a grey oval for the head and a
 * darker block for the shoulders, so it passes R5's checks (size, portrait, opaque, not blank).
 */
export function photoPixels(
  width: number = PHOTO_SIZE.width,
  height: number = PHOTO_SIZE.height,
): Buffer {
  const pixels = Buffer.alloc(width * height * 4, 0xff);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const dx = (x - width / 2) / (width * 0.22);
      const dy = (y - height * 0.4) / (height * 0.22);
      const grey = dx * dx + dy * dy <= 1 ? 150 : y > height * 0.72 ? 60 : undefined;
      if (grey === undefined) continue;
      const i = (y * width + x) * 4;
      pixels[i] = grey;
      pixels[i + 1] = grey;
      pixels[i + 2] = grey;
    }
  }
  return pixels;
}

/** PNG of given RGBA pixels (colour type 6, alpha kept as given). */
export function pngOf(width: number, height: number, rgba: Buffer): Buffer {
  const png = new PNG({ width, height });
  rgba.copy(png.data);
  return PNG.sync.write(png);
}

/** A two-inch test photo as PNG: passes content checks and embeds in a PDF like a real photo. */
export const PNG_PHOTO = pngOf(PHOTO_SIZE.width, PHOTO_SIZE.height, photoPixels());

/** The same test photo as JPEG. */
export const JPEG_PHOTO = encodeJpeg(
  { width: PHOTO_SIZE.width, height: PHOTO_SIZE.height, data: photoPixels() },
  90,
).data;

/** A 1×1 fully transparent PNG: decodes, but prints an empty photo box (refused by R5). */
export const TRANSPARENT_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** A minimal one-page PDF document, as a scanned page would arrive. */
export const PDF_SCAN = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj',
    'trailer<</Root 1 0 R>>',
    '%%EOF',
    '',
  ].join('\n'),
);

/** An HTML page that starts with `%PDF-`: passes a first-bytes sniff, but is no PDF (R30). */
export const HTML_POSING_AS_PDF = Buffer.from(
  '%PDF-1.7\n<!doctype html><html><body><script>alert(1)</script></body></html>\n',
);

/** The scans an adult's new-certificate application needs (R5), by document kind. */
export const ADULT_NEW_CERTIFICATE_SCANS: [kind: string, bytes: Buffer][] = [
  ['PHOTO', PNG_PHOTO],
  ['ID_DOCUMENT', PDF_SCAN],
  ['HUKOU_BOOKLET', PDF_SCAN],
  ['RESIDENCE_PERMIT', PDF_SCAN],
];
