import type { FixityResult } from '../e-archive/archived-document.entity';

/** What the document's record says its bytes are (R30). */
export interface RecordedFixity {
  readonly sha256: string;
  readonly size: number;
}

/**
 * R30: a stored copy is intact only when a re-read gives exactly the recorded size and sha256;
 * no object at all is MISSING, any other bytes a MISMATCH.
 */
export function fixityVerdict(
  recorded: RecordedFixity,
  reread: { sha256: string; size: number } | undefined,
): FixityResult {
  if (reread === undefined) return 'MISSING';
  return reread.size === recorded.size && reread.sha256 === recorded.sha256 ? 'INTACT' : 'MISMATCH';
}
