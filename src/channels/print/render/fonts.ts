import { createRequire } from 'module'
import path from 'path'

/**
 * Noto Sans from the npm registry: one family that has every Azerbaijani letter (Ə ə Ğ ğ I ı İ i
 * Ö ö Ş ş Ü ü Ç ç) and Cyrillic. PDFKit embeds only the glyphs used, with a ToUnicode map, so the
 * PDF's text stays real, searchable text.
 */
const require = createRequire(import.meta.url)
const fontFile = (weight: string) =>
  path.join(
    path.dirname(require.resolve('@expo-google-fonts/noto-sans/package.json')),
    weight,
    `NotoSans_${weight}.ttf`,
  )

export const fonts = {
  regular: fontFile('400Regular'),
  italic: fontFile('400Regular_Italic'),
  bold: fontFile('700Bold'),
} as const

export type FontName = keyof typeof fonts

export const registerFonts = (doc: PDFKit.PDFDocument) => {
  for (const [name, file] of Object.entries(fonts)) doc.registerFont(name, file)
}
