import { sha256Hex } from '@tongban/storage';

/** What the residence county recorded when the scan was uploaded. */
export interface ExpectedFixity {
  readonly sha256: string;
  readonly size: number;
}

/**
 * R30: a copy is accepted only when its bytes are exactly the ones the residence county
 * recorded — same size, same sha256. Returns why not, or undefined when they match.
 */
export function fixityProblem(bytes: Buffer, expected: ExpectedFixity): string | undefined {
  if (bytes.length !== expected.size) {
    return `size mismatch: ${bytes.length} bytes received, ${expected.size} declared (R30)`;
  }
  const actual = sha256Hex(bytes);
  if (actual !== expected.sha256) {
    return `sha256 mismatch: received ${actual}, declared ${expected.sha256} (R30)`;
  }
  return undefined;
}
