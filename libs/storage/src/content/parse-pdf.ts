import { PDFDocument } from 'pdf-lib';
import { UndecodableContentError } from './undecodable-content.error';

/** What parsing a PDF found out. */
export interface ParsedPdf {
  readonly pageCount: number;
}

/**
 * Parses a PDF's object structure with pdf-lib, so a file that only starts with `%PDF-` (an
 * HTML page, a truncated upload) is refused; a document without a page is no scan either.
 * Throws UndecodableContentError saying why.
 */
export async function parsePdf(bytes: Buffer): Promise<ParsedPdf> {
  let pageCount: number;
  try {
    const document = await PDFDocument.load(bytes, {
      updateMetadata: false,
      throwOnInvalidObject: true,
    });
    // pdf-lib loads leniently; walking the page tree is what finds a file with no document in it.
    pageCount = document.getPageCount();
  } catch {
    // pdf-lib's own message (often a TypeError from deep in its parser) would tell a clerk nothing.
    throw new UndecodableContentError(
      'the file starts like a PDF but its structure does not parse as one',
    );
  }
  if (pageCount === 0) throw new UndecodableContentError('the PDF has no page');
  return { pageCount };
}
