import sharp from 'sharp'

const hex = (channel: number) => Math.round(channel).toString(16).padStart(2, '0')

/** The median of each channel: a stray detail on the edge does not tint the background. */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * The colour along an image's outer edge, as `#rrggbb`: the background that extends artwork
 * fitted whole to a format's bleed, when the editor chose none. Read from a 32 × 32 reduction, so
 * a large photo costs little (JPEG shrinks on load).
 */
export const edgeColourOf = async (input: Buffer | string): Promise<string> => {
  const { data, info } = await sharp(input, { autoOrient: true, failOn: 'error' })
    .flatten({ background: '#ffffff' })
    .resize(32, 32, { fit: 'fill' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const channels: number[][] = [[], [], []]
  for (let y = 0; y < info.height; y++)
    for (let x = 0; x < info.width; x++) {
      if (y !== 0 && y !== info.height - 1 && x !== 0 && x !== info.width - 1) continue
      const i = (y * info.width + x) * info.channels
      // A grey image has one channel: read it three times.
      for (let c = 0; c < 3; c++) channels[c].push(data[i + Math.min(c, info.channels - 1)])
    }
  return `#${channels.map((values) => hex(median(values))).join('')}`
}

/** `#rgb` or `#rrggbb`, as an editor types a colour. */
export const isHexColour = (value: unknown): value is string =>
  typeof value === 'string' && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value.trim())

/**
 * The background of artwork shown whole, as print, the screens and the previews choose it: the
 * colour the editor chose, else the artwork's edge; null when neither is a colour.
 */
export const backgroundColour = (chosen: unknown, edgeColour: unknown): string | null =>
  isHexColour(chosen) ? chosen.trim() : isHexColour(edgeColour) ? edgeColour.trim() : null
