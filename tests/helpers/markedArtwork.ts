import path from 'path'
import sharp from 'sharp'

import type { Artwork } from '@/channels/print/render/job'

/** Pure colours a test can find again in a rendered page, one per mark. */
export const markColours = {
  // Inside the press's gamut, so they come back within a few levels after the CMYK conversion.
  topLeft: [230, 30, 40],
  topRight: [65, 185, 59],
  bottomRight: [44, 60, 154],
  bottomLeft: [197, 14, 120],
  top: [97, 202, 200],
  bottom: [146, 59, 28],
} as const
export type MarkName = keyof typeof markColours

const hex = (rgb: readonly number[]) =>
  `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`

/**
 * Artwork with a square in each corner and a bar at the middle of its top and bottom edges, each
 * touching the edge: what text near an artwork's edge is to a crop. On a mid-grey ground.
 */
export const makeMarkedArtwork = async (
  dir: string,
  width: number,
  height: number,
): Promise<Artwork> => {
  const file = path.join(dir, `marked-${width}x${height}.png`)
  const m = Math.round(Math.min(width, height) * 0.08)
  const square = (x: number, y: number, rgb: readonly number[]) =>
    `<rect x="${x}" y="${y}" width="${m}" height="${m}" fill="${hex(rgb)}"/>`
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#777777"/>
    ${square(0, 0, markColours.topLeft)}${square(width - m, 0, markColours.topRight)}
    ${square(width - m, height - m, markColours.bottomRight)}${square(0, height - m, markColours.bottomLeft)}
    <rect x="${width / 2 - m}" y="0" width="${2 * m}" height="${m / 2}" fill="${hex(markColours.top)}"/>
    <rect x="${width / 2 - m}" y="${height - m / 2}" width="${2 * m}" height="${m / 2}" fill="${hex(markColours.bottom)}"/>
  </svg>`
  await sharp(Buffer.from(svg)).png().toFile(file)
  return {
    path: file,
    focalX: 50,
    focalY: 50,
    safeToCrop: false,
    madeForFormat: false,
    background: null,
  }
}

export type PixelBox = { left: number; top: number; right: number; bottom: number; count: number }

/** Where each mark's colour is in an image (within ±40 per channel), or null where it is not. */
export const findMarks = async (png: Buffer): Promise<Record<MarkName, PixelBox | null>> => {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const found = Object.fromEntries(Object.keys(markColours).map((name) => [name, null])) as Record<
    MarkName,
    PixelBox | null
  >
  const entries = Object.entries(markColours) as [MarkName, readonly number[]][]
  for (let y = 0; y < info.height; y++)
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * info.channels
      for (const [name, rgb] of entries) {
        if (rgb.some((c, k) => Math.abs(data[i + k] - c) > 40)) continue
        const box = found[name]
        if (!box) found[name] = { left: x, top: y, right: x, bottom: y, count: 1 }
        else {
          box.left = Math.min(box.left, x)
          box.right = Math.max(box.right, x)
          box.top = Math.min(box.top, y)
          box.bottom = Math.max(box.bottom, y)
          box.count++
        }
      }
    }
  return found
}
