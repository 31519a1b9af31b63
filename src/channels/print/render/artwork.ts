import sharp from 'sharp'

import { fitArtwork, type ArtworkFit } from '@/media/artworkFit'
import { edgeColourOf } from '@/media/edgeColour'

import type { Box } from './geometry'
import type { Artwork } from './job'

/** Enough for print at arm's length; large formats are seen from further and need less. */
const printDpi = 300

/**
 * Where the artwork goes in a zone of the layout (src/media/artworkFit.ts): whole inside the safe
 * area unless the image may be cropped.
 */
export const artworkFitIn = async (artwork: Artwork, zone: Box, safe: Box): Promise<ArtworkFit> => {
  const meta = await sharp(artwork.path, { autoOrient: true }).metadata()
  return fitArtwork({
    source: {
      width: meta.autoOrient?.width ?? meta.width,
      height: meta.autoOrient?.height ?? meta.height,
    },
    focal: { x: artwork.focalX, y: artwork.focalY },
    safeToCrop: artwork.safeToCrop,
    madeForFormat: artwork.madeForFormat,
    zone,
    safe,
  })
}

/**
 * The drawn part of the artwork as a JPEG at most 300 dpi for its printed size, never upscaled.
 * Only the cut-out is decoded at full size, so a 24-megapixel original stays within the worker's
 * memory budget.
 */
const artworkJpeg = (artwork: Artwork, fit: ArtworkFit) => {
  const maxWidth = Math.round((fit.image.width / 72) * printDpi)
  const scale = Math.min(1, maxWidth / fit.crop.width)
  return sharp(artwork.path, { autoOrient: true, sequentialRead: true })
    .extract(fit.crop)
    .resize(
      Math.max(1, Math.round(fit.crop.width * scale)),
      Math.max(1, Math.round(fit.crop.height * scale)),
    )
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 88, chromaSubsampling: '4:4:4' })
    .toBuffer()
}

/**
 * Fills a zone with the artwork: cut around its focal point where the editor allowed it, else
 * whole, on the background (the editor's colour, or the artwork's own edge) out to the zone's
 * edges, bleed included.
 */
export const placeArtwork = async (
  doc: PDFKit.PDFDocument,
  artwork: Artwork,
  zone: Box,
  safe: Box,
) => {
  const fit = await artworkFitIn(artwork, zone, safe)
  if (fit.mode === 'fitted') {
    const background = artwork.background ?? (await edgeColourOf(artwork.path))
    doc.rect(zone.x, zone.y, zone.width, zone.height).fill(background)
  }
  doc.image(await artworkJpeg(artwork, fit), fit.image.x, fit.image.y, {
    width: fit.image.width,
    height: fit.image.height,
  })
  return fit
}
