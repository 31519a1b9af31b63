import { effectivePpi, fitArtwork, type ArtworkFit, type Box, type Size } from '@/media/artworkFit'

import type { PrintFormat } from './formats'
import { sheetOf } from './render/geometry'
import { posterArtworkZone } from './render/posterLayout'

/**
 * Whether a poster's artwork is sharp enough where it is printed and shown, measured on the draft
 * from the images' stored sizes with the renderer's own geometry, so editors and reviewers see it
 * before approval. A low figure is a warning: the file is still made.
 */

/**
 * The least ppi a print format should get. The eye resolves about one arcminute, so the pixels
 * it can tell apart at a distance d are 3438 / d(inches) per inch. Posters up to A2 are read
 * from about 60 cm (146 ppi): 150, the figure print shops ask of posters. A metro 4-sheet in its
 * light box is seen from the platform, 1.2 m away at the closest for someone walking past (73
 * ppi) and mostly from further: 75, half the A-series figure.
 */
export const minimumPpi = (format: Pick<PrintFormat, 'trimWidthMm' | 'trimHeightMm'>) =>
  Math.min(format.trimWidthMm, format.trimHeightMm) <= 420 ? 150 : 75

/**
 * A screen may enlarge artwork by half before its pixels show from a metre or two (a 1280 px
 * image on a 1920 px screen); beyond that, text in the artwork turns soft.
 */
export const maximumScreenScale = 1.5

export const screenKinds = {
  screenLandscape: { width: 1920, height: 1080, slot: 'screenLandscape' },
  screenPortrait: { width: 1080, height: 1920, slot: 'screenPortrait' },
  screen4k: { width: 3840, height: 2160, slot: 'screenLandscape' },
} as const
export type ScreenKind = keyof typeof screenKinds

export const isScreenKind = (value: unknown): value is ScreenKind =>
  typeof value === 'string' && Object.hasOwn(screenKinds, value)

/** An image as Media stores it. */
export type ImageInfo = Size & {
  id: string | number
  focalX?: number | null
  focalY?: number | null
  safeToCrop?: boolean | null
}

/** The poster's images in one language: the general artwork and each format's own. */
export type PosterImages = {
  artwork?: ImageInfo | null
  formatArtwork?: Partial<
    Record<'aSeries' | 'metro' | 'screenLandscape' | 'screenPortrait', ImageInfo | null>
  >
}

/** Which image a format uses: its own slot's if set, else the general artwork. */
export const chosenImage = (images: PosterImages, slot: string | null | undefined) => {
  const own = slot ? images.formatArtwork?.[slot as keyof PosterImages['formatArtwork']] : null
  const image = own ?? images.artwork ?? null
  return image ? { image, madeForFormat: !!own } : null
}

const fitOf = (image: ImageInfo, madeForFormat: boolean, zone: Box, safe: Box) =>
  fitArtwork({
    source: { width: image.width, height: image.height },
    focal: { x: image.focalX ?? 50, y: image.focalY ?? 50 },
    safeToCrop: image.safeToCrop === true,
    madeForFormat,
    zone,
    safe,
  })

/** Where the poster's picture area is on a format's sheet, in PDF points (bleed box). */
export const posterPlacement = (format: PrintFormat) => {
  const sheet = sheetOf(format.trimWidthMm, format.trimHeightMm, format.bleedMm)
  return { sheet, ...posterArtworkZone(sheet, format) }
}

type Placed = {
  /** The image used, or null when the poster has none in this language. */
  imageId: string | number | null
  madeForFormat: boolean
  mode: ArtworkFit['mode'] | null
  fit: ArtworkFit | null
}

export type PrintResolution = Placed & {
  key: string
  label: string
  /** Source pixels per inch as printed, rounded; null without an image. */
  ppi: number | null
  minimumPpi: number
  isLow: boolean
}

export type ScreenResolution = Placed & {
  key: ScreenKind
  width: number
  height: number
  /** Screen pixels per source pixel, to two decimals: above 1 the image is enlarged. */
  scale: number | null
  maximumScale: number
  isLow: boolean
}

/** Where the poster has no image in this language: nothing placed, nothing to warn of. */
const unplaced = { imageId: null, madeForFormat: false, mode: null, fit: null, isLow: false }

export const printResolution = (images: PosterImages, format: PrintFormat): PrintResolution => {
  const minimum = minimumPpi(format)
  const chosen = chosenImage(images, format.artworkSlot)
  const base = { key: format.key, label: format.label, minimumPpi: minimum }
  if (!chosen) return { ...base, ...unplaced, ppi: null }
  const { zone, safe } = posterPlacement(format)
  const fit = fitOf(chosen.image, chosen.madeForFormat, zone, safe)
  // Compared as shown: an editor told "150 ppi" is never told it is below 150.
  const ppi = Math.round(effectivePpi(fit))
  return {
    ...base,
    imageId: chosen.image.id,
    madeForFormat: chosen.madeForFormat,
    mode: fit.mode,
    fit,
    ppi,
    isLow: ppi < minimum,
  }
}

/** A screen shows the image whole (contain), or filling it (cover) when it may be cropped. */
export const screenResolution = (images: PosterImages, kind: ScreenKind): ScreenResolution => {
  const { width, height, slot } = screenKinds[kind]
  const base = { key: kind, width, height, maximumScale: maximumScreenScale }
  const chosen = chosenImage(images, slot)
  if (!chosen) return { ...base, ...unplaced, scale: null }
  const screen = { x: 0, y: 0, width, height }
  const fit = fitOf(chosen.image, chosen.madeForFormat, screen, screen)
  const scale = Math.round((fit.image.width / fit.crop.width) * 100) / 100
  return {
    ...base,
    imageId: chosen.image.id,
    madeForFormat: chosen.madeForFormat,
    mode: fit.mode,
    fit,
    scale,
    isLow: scale > maximumScreenScale,
  }
}

/** Every print format's and screen's figures for a poster's images in one language. */
export const artworkResolution = (images: PosterImages, formats: PrintFormat[]) => ({
  print: formats.map((format) => printResolution(images, format)),
  screens: (Object.keys(screenKinds) as ScreenKind[]).map((kind) => screenResolution(images, kind)),
})
