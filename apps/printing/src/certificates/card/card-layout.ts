/** Points per millimetre (PDF units are 1/72 inch). */
const MM = 72 / 25.4;

/**
 * Where things sit on the card, in points from the top left. The page is an ID-1 card
 * (ISO/IEC 7810, 85.6 × 54 mm), the size card printers take; the photo box keeps the 35:49
 * ratio of the two-inch photos applicants supply (R5).
 */
export const CARD_LAYOUT = {
  page: { width: 85.6 * MM, height: 54 * MM },
  border: { inset: 3, radius: 6, lineWidth: 0.8 },
  title: { y: 9, size: 11, ruleY: 26 },
  photo: { x: 12, y: 33, width: 52, height: 72.8 },
  // Seven rows (name to validity) fit between the title rule and the issuer line.
  fields: { labelX: 72, valueX: 103, firstY: 36, rowHeight: 11, labelSize: 6.5, valueSize: 7.5 },
  issuer: { labelX: 12, valueX: 42, y: 114, valueSize: 7.5 },
  qr: { size: 42, right: 12, bottom: 17, captionSize: 5 },
  /** Smallest size a long value may shrink to before it is cut with an ellipsis. */
  minTextSize: 5,
  colours: { accent: '#b91c1c', label: '#555555', text: '#111111', frame: '#cccccc' },
} as const;

/** The QR code's box: bottom right, clear of the field rows above it. */
export function qrBox(): { x: number; y: number; size: number } {
  const { page, qr } = CARD_LAYOUT;
  return {
    x: page.width - qr.right - qr.size,
    y: page.height - qr.bottom - qr.size,
    size: qr.size,
  };
}
