import { backgroundColour } from '@/media/edgeColour'

import type { RenditionName, ScreenImage } from './playlist'

/**
 * Which file a screen plays for one poster image, as a pure rule (src/media/artworkFit.ts says
 * why): artwork is shown whole, contained on a background colour, unless the editor marked the
 * image safe to crop; then its crop for the screen fills it.
 */

type Size = { filename?: string | null; width?: number | null; height?: number | null }

/** The parts of a Media document the rule reads. */
export type ScreenSource = {
  safeToCrop?: boolean | null
  edgeColour?: string | null
  sizes?: Partial<Record<string, Size | null>> | null
}

/** The rendition that never crops, for each screen rendition (src/media/renditions.ts). */
const wholeOf: Record<RenditionName, 'screenWhole' | 'screenWhole4k'> = {
  screenLandscape: 'screenWhole',
  screenPortrait: 'screenWhole',
  screen4k: 'screenWhole4k',
}

/** Which of the poster's images a screen rendition starts from: its own for that shape, if any. */
export const formatSlotFor = (kind: RenditionName): 'screenLandscape' | 'screenPortrait' =>
  kind === 'screenPortrait' ? 'screenPortrait' : 'screenLandscape'

const rendition = (source: ScreenSource, name: string) => {
  const size = source.sizes?.[name]
  return size?.filename && size.width && size.height
    ? { filename: size.filename, width: size.width, height: size.height }
    : null
}

export const screenImageOf = ({
  source,
  kind,
  background,
  madeForScreen = false,
}: {
  source: ScreenSource | undefined
  kind: RenditionName
  /** The source is the poster's own artwork for this shape. */
  madeForScreen?: boolean
  /** The poster's own background colour, if it has one. */
  background?: string | null
}): ScreenImage | undefined => {
  if (!source) return undefined
  const crop = rendition(source, kind)
  // Images uploaded before the whole renditions existed have only their crops until re-uploaded.
  const whole = source.safeToCrop ? null : rendition(source, wholeOf[kind])
  const file = whole ?? crop
  if (!file) return undefined
  return {
    ...file,
    fit: whole ? 'contain' : 'cover',
    background: backgroundColour(background, source.edgeColour) ?? '#000000',
    madeForScreen,
  }
}
