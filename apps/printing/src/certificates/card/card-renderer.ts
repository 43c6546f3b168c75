import PDFDocument from 'pdfkit';
import { create as createQrCode } from 'qrcode';
import type { CardContent } from './card-content';
import type { CardFontFiles } from './card-fonts';
import { CARD_LAYOUT, qrBox } from './card-layout';

/** What a card is drawn from: its text, the holder's photo (JPEG or PNG) and the CJK fonts. */
export interface CardDrawing {
  content: CardContent;
  photo: Buffer;
  fonts: CardFontFiles;
  /** Written into the PDF's metadata; from the service's clock, not the wall clock. */
  createdAt: Date;
}

type Doc = PDFKit.PDFDocument;

/** Draws the card as a one-page PDF and returns its bytes. */
export function renderCardPdf(drawing: CardDrawing): Promise<Buffer> {
  const { page } = CARD_LAYOUT;
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margin: 0,
    // The title only: PDF metadata is easy to index, so no name or number goes there (R32).
    info: { Title: '残疾人证', Creator: 'Tongban printing', CreationDate: drawing.createdAt },
  });
  const bytes = collect(doc);
  doc.registerFont('regular', drawing.fonts.regular);
  doc.registerFont('bold', drawing.fonts.bold);
  drawFrame(doc, drawing.content.title);
  drawPhoto(doc, drawing.photo);
  drawFields(doc, drawing.content);
  drawQrCode(doc, drawing.content.verificationUrl, drawing.content.qrCaption);
  doc.end();
  return bytes;
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function drawFrame(doc: Doc, title: string): void {
  const { page, border, title: t, colours } = CARD_LAYOUT;
  doc
    .lineWidth(border.lineWidth)
    .strokeColor(colours.accent)
    .roundedRect(
      border.inset,
      border.inset,
      page.width - 2 * border.inset,
      page.height - 2 * border.inset,
      border.radius,
    )
    .stroke();
  doc
    .font('bold')
    .fontSize(t.size)
    .fillColor(colours.accent)
    .text(title, 0, t.y, { width: page.width, align: 'center', lineBreak: false });
  doc
    .moveTo(border.inset + 6, t.ruleY)
    .lineTo(page.width - border.inset - 6, t.ruleY)
    .stroke();
}

function drawPhoto(doc: Doc, photo: Buffer): void {
  const { photo: box, colours } = CARD_LAYOUT;
  doc.image(photo, box.x, box.y, {
    fit: [box.width, box.height],
    align: 'center',
    valign: 'center',
  });
  doc.lineWidth(0.5).strokeColor(colours.frame).rect(box.x, box.y, box.width, box.height).stroke();
}

function drawFields(doc: Doc, content: CardContent): void {
  const { page, fields, issuer, colours } = CARD_LAYOUT;
  const qr = qrBox();
  content.fields.forEach((field, row) => {
    const y = fields.firstY + row * fields.rowHeight;
    // Rows that reach down to the QR code stop short of it.
    const right = y + fields.valueSize >= qr.y ? qr.x - 4 : page.width - 12;
    drawLabel(doc, field.label, fields.labelX, y + 1, fields.labelSize, colours.label);
    drawValue(doc, field.value, fields.valueX, y, right - fields.valueX, fields.valueSize);
  });
  drawLabel(
    doc,
    content.issuer.label,
    issuer.labelX,
    issuer.y + 1,
    fields.labelSize,
    colours.label,
  );
  drawValue(
    doc,
    content.issuer.value,
    issuer.valueX,
    issuer.y,
    qr.x - 4 - issuer.valueX,
    issuer.valueSize,
  );
}

function drawLabel(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  size: number,
  colour: string,
): void {
  doc.font('regular').fontSize(size).fillColor(colour).text(text, x, y, { lineBreak: false });
}

/** A value on one line: shrunk to fit, and cut with an ellipsis only below the smallest size. */
function drawValue(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
): void {
  doc.font('regular').fillColor(CARD_LAYOUT.colours.text);
  let fitted = size;
  while (fitted > CARD_LAYOUT.minTextSize && doc.fontSize(fitted).widthOfString(text) > width) {
    fitted -= 0.25;
  }
  doc.fontSize(fitted).text(text, x, y + (size - fitted), {
    width,
    height: fitted * 1.5,
    lineBreak: false,
    ellipsis: true,
  });
}

/** The verification URL as vector QR modules (crisp at any print resolution), with its caption. */
function drawQrCode(doc: Doc, url: string, caption: string): void {
  const { qr: q, colours } = CARD_LAYOUT;
  const box = qrBox();
  const matrix = createQrCode(url, { errorCorrectionLevel: 'M' }).modules;
  const cell = box.size / matrix.size;
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (matrix.get(row, col)) doc.rect(box.x + col * cell, box.y + row * cell, cell, cell);
    }
  }
  doc.fillColor('#000000').fill();
  doc
    .font('regular')
    .fontSize(q.captionSize)
    .fillColor(colours.label)
    .text(caption, box.x, box.y + box.size + 2, {
      width: box.size,
      align: 'center',
      lineBreak: false,
    });
}
