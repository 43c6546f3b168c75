import type { LocalDate } from '@tongban/domain';
import { aTestPhotoPng } from '../__tests__/test-photo';
import { cardContent } from './card-content';
import { loadCardFonts, type CardFontFiles } from './card-fonts';
import { CARD_LAYOUT, qrBox } from './card-layout';
import { renderCardPdf } from './card-renderer';

describe('renderCardPdf', () => {
  let fonts: CardFontFiles;

  beforeAll(async () => {
    fonts = await loadCardFonts();
  });

  const content = cardContent(
    {
      holderName: '张三',
      holderIdNumber: '11010519491231002X',
      issuedOn: '2026-05-20' as LocalDate,
      certificateNumber: '11010519491231002X42',
      category: 'PHYSICAL',
      level: 2,
      validFrom: '2026-05-20' as LocalDate,
      validThrough: '2036-05-19' as LocalDate,
      issuingCountyCode: '220122',
      verificationToken: 'AbC-_0123456789abcdefghijklmnopqrstuvwxyzAB',
    },
    'http://127.0.0.1:3005',
  );

  it('draws a one-page ID-1 PDF with the photo and the CJK font subset embedded', async () => {
    const pdf = await renderCardPdf({
      content,
      photo: aTestPhotoPng(),
      fonts,
      createdAt: new Date('2026-05-20T02:00:00Z'),
    });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(pdf.length).toBeGreaterThan(5_000);
    expect(text).toMatch(/\/MediaBox \[0 0 242\.6\d* 153\.0\d*\]/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Bold/);
    expect(text).toMatch(/\/Subtype \/Image/);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('keeps the QR code inside the card and below the field rows that span the width', () => {
    const qr = qrBox();
    const { page, fields } = CARD_LAYOUT;
    expect(qr.x + qr.size).toBeLessThanOrEqual(page.width - 8);
    expect(qr.y + qr.size + CARD_LAYOUT.qr.captionSize + 2).toBeLessThanOrEqual(page.height - 6);
    const lastFullRowBottom = fields.firstY + 2 * fields.rowHeight + fields.valueSize * 1.5;
    expect(lastFullRowBottom).toBeLessThan(qr.y);
  });

  it('fits every field row of the national card between the title rule and the issuer line', () => {
    const { fields, issuer, title } = CARD_LAYOUT;
    const rows = content.fields.length;
    expect(rows).toBe(7);
    expect(fields.firstY).toBeGreaterThan(title.ruleY);
    const lastRowBottom = fields.firstY + (rows - 1) * fields.rowHeight + fields.valueSize * 1.5;
    expect(lastRowBottom).toBeLessThanOrEqual(issuer.y);
  });
});
