import sharp, { type OverlayOptions } from 'sharp'

import type { ArtworkFit, Box, Size } from '@/media/artworkFit'

import { colors } from './render/colors'

/** Small enough for a row of them in the edit view, large enough to read the safe margin. */
export const previewLongSide = 640

/** Drawn over the picture: where the sheet is cut, and where nothing may be cut or hidden. */
export const previewLines = {
  bleed: '#d00000',
  trim: '#000000',
  safe: '#00c853',
} as const

/** The image file is missing or cannot be decoded: the editor uploads it again. */
export class UnreadableArtworkError extends Error {}

/** The image, at most 1600 px wide, as raw RGB; a file that cannot be read is the editor's. */
const readArtwork = async (file: string) => {
  try {
    return await sharp(file, { autoOrient: true, failOn: 'error' })
      .resize(1600, 1600, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
  } catch (err) {
    throw new UnreadableArtworkError(`The artwork ${file} cannot be read`, { cause: err })
  }
}

export type PreviewFrame = {
  /** The bleed box (print, in points) or the screen (in pixels): the preview's whole picture. */
  size: Size
  /** The artwork's zone, filled with the background where the image does not reach. */
  zone: Box
  background: string
  /** Print: the poster's panel below the picture area, drawn flat from here down. */
  panelTop?: number
  trim?: Box
  safe?: Box
}

/**
 * A PNG of a format with the artwork placed exactly as the renderer places it (`fit`, from the
 * same pure geometry), with the bleed edge, the trim and the safe area drawn over it. The image is
 * read at most 1600 px wide (JPEG and WebP shrink on load): a huge original is never decoded at
 * full size for a preview.
 */
export const drawArtworkPreview = async ({
  file,
  source,
  fit,
  frame,
}: {
  /** The image file to read: the `web` rendition where there is one, else the original. */
  file: string | null
  /** The original's size: the one `fit.crop` is in. */
  source: Size
  fit: ArtworkFit | null
  frame: PreviewFrame
}): Promise<Buffer> => {
  const scale = previewLongSide / Math.max(frame.size.width, frame.size.height)
  const px = (value: number) => Math.round(value * scale)
  const width = Math.max(1, px(frame.size.width))
  const height = Math.max(1, px(frame.size.height))
  const rect = (box: Box, style: string) =>
    `<rect x="${px(box.x)}" y="${px(box.y)}" width="${px(box.width)}" height="${px(box.height)}" ${style}/>`
  const svg = (body: string) =>
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${body}</svg>`,
    )

  const under = [
    rect(frame.zone, `fill="${frame.background}"`),
    frame.panelTop !== undefined
      ? rect(
          { x: 0, y: frame.panelTop, width: frame.size.width, height: frame.size.height },
          `fill="${colors.navy}"`,
        )
      : '',
  ].join('')
  const line = (box: Box, colour: string, dash?: string) =>
    rect(
      box,
      `fill="none" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}`,
    )
  const over = [
    // The bleed edge is the picture's own edge: drawn inside it, so it stays in view.
    `<rect x="1" y="1" width="${width - 2}" height="${height - 2}" fill="none" stroke="${previewLines.bleed}" stroke-width="2"/>`,
    frame.trim ? line(frame.trim, previewLines.trim, '6 4') : '',
    frame.safe ? line(frame.safe, previewLines.safe, '4 4') : '',
  ].join('')

  const layers: OverlayOptions[] = [{ input: svg(under), left: 0, top: 0 }]
  if (file && fit) {
    const { data, info } = await readArtwork(file)
    // The crop is in the original's pixels; the file read may be a smaller rendition of it.
    const k = info.width / source.width
    const left = Math.min(info.width - 1, Math.floor(fit.crop.left * k))
    const top = Math.min(info.height - 1, Math.floor(fit.crop.top * k))
    const crop = {
      left,
      top,
      width: Math.max(1, Math.min(info.width - left, Math.round(fit.crop.width * k))),
      height: Math.max(1, Math.min(info.height - top, Math.round(fit.crop.height * k))),
    }
    const x = Math.max(0, px(fit.image.x))
    const y = Math.max(0, px(fit.image.y))
    const image = await sharp(data, { raw: info })
      .extract(crop)
      .resize(
        Math.max(1, Math.min(width - x, px(fit.image.width))),
        Math.max(1, Math.min(height - y, px(fit.image.height))),
        { fit: 'fill' },
      )
      .png()
      .toBuffer()
    layers.push({ input: image, left: x, top: y })
  }
  layers.push({ input: svg(over), left: 0, top: 0 })
  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite(layers)
    .png()
    .toBuffer()
}
