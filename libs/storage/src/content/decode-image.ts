import { decode as decodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import { UndecodableContentError } from './undecodable-content.error';
import { errorMessage } from '@tongban/util';

/** What decoding an image found out, enough to judge it as a photo (R5) without keeping pixels. */
export interface DecodedImage {
  readonly contentType: 'image/jpeg' | 'image/png';
  readonly width: number;
  readonly height: number;
  /** False when any pixel has alpha below 255. */
  readonly opaque: boolean;
  /** Darkest to lightest luma (0–255), ITU-R BT.601 weights. */
  readonly lumaRange: number;
}

// Decoding holds 4 bytes a pixel in memory: 64 megapixels is 256 MiB, above any phone camera.
const MAX_MEGAPIXELS = 64;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_SOI = Buffer.from([0xff, 0xd8, 0xff]);
// Length 0, type IEND, its CRC: the last 12 bytes of every complete PNG.
const PNG_IEND = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/**
 * Decodes a JPEG or PNG completely (the whole image, not its first bytes), so a truncated or
 * forged file is refused. Throws UndecodableContentError saying why.
 */
export function decodeImage(bytes: Buffer): DecodedImage {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return decodePng(bytes);
  if (bytes.subarray(0, 3).equals(JPEG_SOI)) return decodeJpegImage(bytes);
  throw new UndecodableContentError('not a JPEG or PNG image');
}

function decodePng(bytes: Buffer): DecodedImage {
  // IHDR is the first chunk: width and height at bytes 16–23. Checked before inflating, so a
  // small file announcing a gigantic image cannot exhaust memory.
  if (bytes.length < 24) throw new UndecodableContentError('the PNG ends inside its header');
  assertDecodableSize(bytes.readUInt32BE(16), bytes.readUInt32BE(20));
  // pngjs inflates what it finds and may not notice a cut-off upload; a complete PNG ends in IEND.
  if (!bytes.subarray(bytes.length - PNG_IEND.length).equals(PNG_IEND))
    throw new UndecodableContentError('the PNG is cut off (no IEND chunk at its end)');
  let png: PNG;
  try {
    png = PNG.sync.read(bytes);
  } catch (error) {
    throw new UndecodableContentError(`the PNG does not decode: ${errorMessage(error)}`);
  }
  return { contentType: 'image/png', ...pixelFacts(png.width, png.height, png.data) };
}

function decodeJpegImage(bytes: Buffer): DecodedImage {
  let image: { width: number; height: number; data: Uint8Array };
  try {
    image = decodeJpeg(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      // A truncated or corrupt JPEG is refused, not padded with grey.
      tolerantDecoding: false,
      maxResolutionInMP: MAX_MEGAPIXELS,
      maxMemoryUsageInMB: MAX_MEGAPIXELS * 4 + 64,
    });
  } catch (error) {
    throw new UndecodableContentError(`the JPEG does not decode: ${errorMessage(error)}`);
  }
  return { contentType: 'image/jpeg', ...pixelFacts(image.width, image.height, image.data) };
}

function assertDecodableSize(width: number, height: number): void {
  if (width === 0 || height === 0) throw new UndecodableContentError('the image has no pixels');
  if (width * height > MAX_MEGAPIXELS * 1_000_000) {
    throw new UndecodableContentError(
      `the image is ${width}×${height} px, more than ${MAX_MEGAPIXELS} megapixels`,
    );
  }
}

function pixelFacts(
  width: number,
  height: number,
  rgba: Uint8Array,
): Omit<DecodedImage, 'contentType'> {
  if (width === 0 || height === 0 || rgba.length < width * height * 4)
    throw new UndecodableContentError('the image has no pixels');
  let opaque = true;
  let darkest = 255;
  let lightest = 0;
  for (let i = 0; i < width * height * 4; i += 4) {
    if ((rgba[i + 3] ?? 0) < 255) opaque = false;
    const luma = Math.round(
      0.299 * (rgba[i] ?? 0) + 0.587 * (rgba[i + 1] ?? 0) + 0.114 * (rgba[i + 2] ?? 0),
    );
    if (luma < darkest) darkest = luma;
    if (luma > lightest) lightest = luma;
  }
  return { width, height, opaque, lumaRange: Math.max(0, lightest - darkest) };
}
