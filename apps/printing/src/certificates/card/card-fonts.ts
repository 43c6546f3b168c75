import { readFile } from 'node:fs/promises';

/** The CJK font files a card is set in. */
export interface CardFontFiles {
  regular: Buffer;
  bold: Buffer;
}

/**
 * Noto Sans SC (SIL Open Font License 1.1) from npm `@expo-google-fonts/noto-sans-sc`: full
 * simplified-Chinese coverage, so rare characters in names print too. pdfkit embeds only the
 * glyphs a card uses.
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

/** Reads the card fonts from the installed package. */
export async function loadCardFonts(): Promise<CardFontFiles> {
  const [regular, bold] = await Promise.all([
    readFile(require.resolve(FONT_FILES.regular)),
    readFile(require.resolve(FONT_FILES.bold)),
  ]);
  return { regular, bold };
}
