import type { DocumentKind } from '@tongban/contracts';

/**
 * Where archive keeps its copy of a case's document in the node's bucket: under its own prefix,
 * apart from approval's working copies, and addressed by content, so a redelivered approval
 * copies onto the same key and changes nothing.
 */
export function archiveObjectKey(
  applicationId: string,
  kind: DocumentKind,
  sha256: string,
): string {
  return `archive/cases/${applicationId}/${kind}/${sha256}`;
}
