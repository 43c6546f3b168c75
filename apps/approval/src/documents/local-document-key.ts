import type { DocumentKind } from '@tongban/contracts';

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};

/**
 * Where this county keeps its verified copy: addressed by content, so the same scan sent in a
 * later round lands on the same key and a repeated store changes nothing.
 */
export function localDocumentKey(
  applicationId: string,
  kind: DocumentKind,
  sha256: string,
  contentType: string,
): string {
  const media = contentType.split(';')[0]!.trim().toLowerCase();
  return `cases/${applicationId}/${kind}/${sha256}.${EXTENSIONS[media] ?? 'bin'}`;
}
