import { DocumentStore } from '@tongban/storage';
import { randomUUID } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { PhotoReference } from './case-approved.envelope';

const WIDTH = 140;
const HEIGHT = 196; // 35:49, a two-inch photo (R5)

/**
 * A real PNG of a head-and-shoulders silhouette on a white background, the way an applicant's
 * two-inch photo looks: enough to see on a rendered card where the photo lands.
 */
export function aTestPhotoPng(): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < HEIGHT; y++) {
    const row = Buffer.alloc(1 + WIDTH * 3); // filter byte 0, then RGB
    for (let x = 0; x < WIDTH; x++) {
      const [r, g, b] = pixel(x, y);
      row.writeUInt8(r, 1 + x * 3);
      row.writeUInt8(g, 2 + x * 3);
      row.writeUInt8(b, 3 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function pixel(x: number, y: number): [number, number, number] {
  const head = (x - 70) ** 2 / 30 ** 2 + (y - 78) ** 2 / 38 ** 2 <= 1;
  const shoulders = y > 128 && (x - 70) ** 2 / 62 ** 2 + (y - 200) ** 2 / 70 ** 2 <= 1;
  if (head) return [224, 186, 160];
  if (shoulders) return [40, 60, 110];
  return [255, 255, 255];
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Puts a test photo into the service's own bucket, as approval does before it approves (R30). */
export async function storeTestPhoto(documents: DocumentStore): Promise<PhotoReference> {
  const key = `cases/${randomUUID()}/photo.png`;
  const stored = await documents.put(key, aTestPhotoPng(), 'image/png');
  return { key, sha256: stored.sha256, size: stored.size, contentType: stored.contentType };
}
