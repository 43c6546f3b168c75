/** A valid 1×1 PNG: passes content sniffing and embeds in a PDF like a real photo. */
export const PNG_PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** A minimal PDF document, as a scanned page would arrive. */
export const PDF_SCAN = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** The scans an adult's new-certificate application needs (R5), by document kind. */
export const ADULT_NEW_CERTIFICATE_SCANS: [kind: string, bytes: Buffer][] = [
  ['PHOTO', PNG_PHOTO],
  ['ID_DOCUMENT', PDF_SCAN],
  ['HUKOU_BOOKLET', PDF_SCAN],
  ['RESIDENCE_PERMIT', PDF_SCAN],
];
