/**
 * Where a poster's artwork goes in a format, as one pure rule for print and screens alike.
 *
 * Artwork usually carries its own text (a headline, the hotline band), so it is never cut unless
 * the editor marked the image safe to crop: it is fitted whole inside the safe area and a
 * background colour fills the rest of the zone, to the bleed. An image made for this format is
 * fitted inside the whole zone instead: it was drawn to that size, bleed included.
 */

export type Size = { width: number; height: number }
/** In any unit, from the top-left corner. */
export type Box = { x: number; y: number; width: number; height: number }
/** Source pixels. */
export type Crop = { left: number; top: number; width: number; height: number }

export type ArtworkFit = {
  /** `cropped` fills the zone, cut around the focal point; `fitted` shows the whole image. */
  mode: 'fitted' | 'cropped'
  /** Where the (cropped) image is drawn. */
  image: Box
  /** The part of the source that is drawn: the whole image unless cropped. */
  crop: Crop
}

export type FitInput = {
  source: Size
  /** Payload's focal point, in percent (50/50 = centre). */
  focal: { x: number; y: number }
  /** The editor marked this image as having no text or detail near its edges. */
  safeToCrop: boolean
  /** Made for this format's zone: fitted to the zone, bleed included, not to the safe area. */
  madeForFormat: boolean
  /** The area the artwork owns, to the bleed. */
  zone: Box
  /** Inside the zone: where nothing may be cut or hidden by a frame. */
  safe: Box
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high)

/** The largest part of the source with the box's shape, centred on the focal point. */
export const cropAround = (source: Size, focal: FitInput['focal'], shape: Size): Crop => {
  const wanted = shape.width / shape.height
  const width =
    source.width / source.height > wanted ? Math.round(source.height * wanted) : source.width
  const height = width === source.width ? Math.round(source.width / wanted) : source.height
  const around = (percent: number, whole: number, part: number) =>
    Math.round(clamp((clamp(percent, 0, 100) / 100) * whole - part / 2, 0, whole - part))
  return {
    left: around(focal.x, source.width, width),
    top: around(focal.y, source.height, height),
    width: Math.max(1, width),
    height: Math.max(1, height),
  }
}

/** The whole source, as large as fits in the box, centred. */
export const fitInside = (source: Size, box: Box): Box => {
  const scale = Math.min(box.width / source.width, box.height / source.height)
  const width = source.width * scale
  const height = source.height * scale
  return {
    x: box.x + (box.width - width) / 2,
    y: box.y + (box.height - height) / 2,
    width,
    height,
  }
}

export const fitArtwork = (input: FitInput): ArtworkFit => {
  const whole = { left: 0, top: 0, width: input.source.width, height: input.source.height }
  if (input.safeToCrop)
    return {
      mode: 'cropped',
      image: input.zone,
      crop: cropAround(input.source, input.focal, input.zone),
    }
  return {
    mode: 'fitted',
    image: fitInside(input.source, input.madeForFormat ? input.zone : input.safe),
    crop: whole,
  }
}

/** Source pixels per inch of the printed image, in the narrower direction; boxes in PDF points. */
export const effectivePpi = (fit: ArtworkFit) =>
  Math.min(fit.crop.width / (fit.image.width / 72), fit.crop.height / (fit.image.height / 72))
