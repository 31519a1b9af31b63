import type { Locale } from '@/i18n/locales'

import type { BrochureFold, PrintFormat } from '../formats'

/**
 * What the print worker is asked to draw: plain data, already read from approved content and
 * checked for consent by the caller. The renderer knows nothing of Payload.
 */
export type HotlineLine = { label: string; number: string }

export type Artwork = {
  /** An image file on disk (any format sharp reads). */
  path: string
  /** Payload's focal point, in percent of width and height (50/50 = centre). */
  focalX: number
  focalY: number
  /** The editor marked it as having no text: it may be cut to fill (src/media/artworkFit.ts). */
  safeToCrop: boolean
  /** Drawn for this format's picture area: fitted to the area, bleed included. */
  madeForFormat: boolean
  /** Around artwork shown whole; null takes the colour of the artwork's edge. */
  background: string | null
}

type Common = {
  locale: Locale
  title: string
  hotline: HotlineLine[]
  /** The campaign page the QR code opens. */
  qrUrl: string
  /** The organisations behind the campaign, in this language, printed small. */
  organisations: string[]
}

export type PosterJob = Common & {
  kind: 'poster'
  artwork: Artwork
  format: PrintFormat
}

export type BrochureBlock = { type: 'heading' | 'paragraph' | 'quote'; text: string }

export type BrochureSection = {
  kind: 'story' | 'article'
  title: string
  /** An article's byline, or "as told by <pseudonym>" for a story: never a real name. */
  byline?: string
  lead?: string
  /** Shown before a story that readers should be warned about. */
  warning?: string
  blocks: BrochureBlock[]
}

export type BrochureJob = Common & {
  kind: 'brochure'
  fold: BrochureFold
  intro: string
  cover?: Artwork
  sections: BrochureSection[]
}

export type RenderJob = (PosterJob | BrochureJob) & {
  /** Where to write the PDF. */
  pdfPath: string
  /** When the file is made: its creation date (ISO 8601). */
  createdAt: string
  /** Where to write a PNG preview of the first page (width ≤ 800 px), if wanted. */
  previewPath?: string
}

export type RenderResult = {
  pages: number
  bytes: number
  sha256: string
  /** Page size in PDF points (trim + bleed), as written. */
  pageWidthPt: number
  pageHeightPt: number
  previewWritten: boolean
  /** The worker process's peak resident memory. */
  peakRssMb: number
}
