import { filetypeinfo } from 'magic-bytes.js';

/** Scans we accept: photos and scanned pages (R5, R30). */
export const ACCEPTED_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AcceptedContentType = (typeof ACCEPTED_CONTENT_TYPES)[number];

const EXTENSIONS: Record<AcceptedContentType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};

/**
 * The type the bytes really are (magic numbers), so a renamed executable or an HTML page
 * posing as a photo is refused whatever the upload claimed.
 */
export function sniffAcceptedType(
  bytes: Buffer,
): { contentType: AcceptedContentType; extension: string } | undefined {
  const match = filetypeinfo(bytes).find((info) =>
    (ACCEPTED_CONTENT_TYPES as readonly string[]).includes(info.mime ?? ''),
  );
  if (!match) return undefined;
  const contentType = match.mime as AcceptedContentType;
  return { contentType, extension: EXTENSIONS[contentType] };
}
