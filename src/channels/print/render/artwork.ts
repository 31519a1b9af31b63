import sharp from 'sharp'

import type { Artwork } from './job'

/** Enough for print at arm's length; large formats are seen from further and need less. */
const printDpi = 300

/**
 * The artwork cut to fill a box (`cover`), keeping its focal point in view, as a JPEG at most
 * 300 dpi for that box and never upscaled. Only the cut-out is decoded at full size, so a
 * 24-megapixel original stays within the worker's memory budget.
 */
export const artworkFor = async (artwork: Artwork, boxWidthPt: number, boxHeightPt: number) => {
  const image = sharp(artwork.path, { autoOrient: true, sequentialRead: true })
  const meta = await image.metadata()
  const sourceWidth = meta.autoOrient?.width ?? meta.width
  const sourceHeight = meta.autoOrient?.height ?? meta.height
  const wanted = boxWidthPt / boxHeightPt
  const cut =
    sourceWidth / sourceHeight > wanted
      ? { width: Math.round(sourceHeight * wanted), height: sourceHeight }
      : { width: sourceWidth, height: Math.round(sourceWidth / wanted) }
  const around = (focalPercent: number, source: number, size: number) =>
    Math.round(Math.min(Math.max((focalPercent / 100) * source - size / 2, 0), source - size))
  const maxWidth = Math.round((boxWidthPt / 72) * printDpi)
  const scale = Math.min(1, maxWidth / cut.width)
  return image
    .extract({
      left: around(artwork.focalX, sourceWidth, cut.width),
      top: around(artwork.focalY, sourceHeight, cut.height),
      ...cut,
    })
    .resize(Math.max(1, Math.round(cut.width * scale)), Math.max(1, Math.round(cut.height * scale)))
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 88, chromaSubsampling: '4:4:4' })
    .toBuffer()
}

/** Fills a box with the artwork, cut around its focal point. */
export const placeArtwork = async (
  doc: PDFKit.PDFDocument,
  artwork: Artwork,
  box: { x: number; y: number; width: number; height: number },
) => {
  doc.image(await artworkFor(artwork, box.width, box.height), box.x, box.y, {
    width: box.width,
    height: box.height,
  })
}
