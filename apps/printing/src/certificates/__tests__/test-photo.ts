import { DocumentStore } from '@tongban/storage';
import { PNG_PHOTO } from '@tongban/testing';
import { randomUUID } from 'node:crypto';
import type { PhotoReference } from './case-approved.envelope';

/**
 * A real PNG of a head-and-shoulders silhouette on a white background, the way an applicant's
 * two-inch photo looks (35×49 mm at 300 dpi, R5): the shared test photo intake also accepts.
 */
export function aTestPhotoPng(): Buffer {
  return PNG_PHOTO;
}

/** Puts a test photo into the service's own bucket, as approval does before it approves (R30). */
export async function storeTestPhoto(documents: DocumentStore): Promise<PhotoReference> {
  const key = `cases/${randomUUID()}/photo.png`;
  const stored = await documents.put(key, aTestPhotoPng(), 'image/png');
  return { key, sha256: stored.sha256, size: stored.size, contentType: stored.contentType };
}
