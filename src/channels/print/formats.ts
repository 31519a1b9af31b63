/**
 * The sizes the campaign prints posters at. The list is a setting (Settings → Print); these are
 * its defaults. Sizes are the trimmed sheet; the PDF page is the trim plus the bleed on every side.
 */
export type PrintFormat = {
  /** Stable key used in file names and links, e.g. "a3". */
  key: string
  label: string
  trimWidthMm: number
  trimHeightMm: number
  bleedMm: number
  /** The poster artwork made for this shape, if any (src/fields/formatArtwork.ts). */
  artworkSlot?: 'aSeries' | 'metro' | null
  /** Inside the trim, where nothing may be cut or hidden by a frame; see safeMarginMm. */
  safeMm?: number | null
}

/**
 * The safe margin: as set, or 2 % of the short side and at least 5 mm. That gives 5 mm at A4,
 * 6 at A3, 8 at A2 and 24 mm on the metro 4-sheet, whose light-box frames cover about 20 mm.
 */
export const safeMarginMm = (
  format: Pick<PrintFormat, 'trimWidthMm' | 'trimHeightMm' | 'safeMm'>,
) =>
  format.safeMm ?? Math.max(5, Math.round(Math.min(format.trimWidthMm, format.trimHeightMm) * 0.02))

export const defaultPrintFormats: PrintFormat[] = [
  {
    key: 'a4',
    label: 'A4',
    trimWidthMm: 210,
    trimHeightMm: 297,
    bleedMm: 3,
    artworkSlot: 'aSeries',
  },
  {
    key: 'a3',
    label: 'A3',
    trimWidthMm: 297,
    trimHeightMm: 420,
    bleedMm: 3,
    artworkSlot: 'aSeries',
  },
  {
    key: 'a2',
    label: 'A2',
    trimWidthMm: 420,
    trimHeightMm: 594,
    bleedMm: 3,
    artworkSlot: 'aSeries',
  },
  // Baku metro light boxes take the European 4-sheet poster.
  {
    key: 'metro',
    label: 'Metro 4-sheet',
    trimWidthMm: 1185,
    trimHeightMm: 1750,
    bleedMm: 3,
    artworkSlot: 'metro',
  },
]

/** Brochures fold from fixed sheets, so their sizes are not a setting. */
export const brochureFolds = ['trifold-a4', 'booklet-a5'] as const
export type BrochureFold = (typeof brochureFolds)[number]

/** The sheet each fold prints on: a tri-fold is one landscape A4, a booklet's pages are A5. */
export const brochureFoldFormats: Record<BrochureFold, PrintFormat> = {
  'trifold-a4': {
    key: 'trifold-a4',
    label: 'A4 tri-fold',
    trimWidthMm: 297,
    trimHeightMm: 210,
    bleedMm: 3,
  },
  'booklet-a5': {
    key: 'booklet-a5',
    label: 'A5 booklet',
    trimWidthMm: 148,
    trimHeightMm: 210,
    bleedMm: 3,
  },
}
