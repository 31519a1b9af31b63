import sharp from 'sharp'

type ArtworkOptions = {
  headline: string
  line: string
  hotline: string
  orientation: 'landscape' | 'portrait'
  colour: string
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  )

/** Splits a headline into lines of at most `width` characters, on spaces. */
const wrap = (text: string, width: number): string[] =>
  text.split(' ').reduce<string[]>((lines, word) => {
    const last = lines[lines.length - 1]
    if (last !== undefined && `${last} ${word}`.length <= width)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
    return lines
  }, [])

/** A sample poster: headline, one line of advice and the hotline, rendered to JPEG by sharp. */
export const renderPosterArtwork = async ({
  headline,
  line,
  hotline,
  orientation,
  colour,
}: ArtworkOptions) => {
  const [width, height] = orientation === 'portrait' ? [1080, 1920] : [1920, 1080]
  const size = orientation === 'portrait' ? 96 : 88
  const headlineLines = wrap(headline, orientation === 'portrait' ? 16 : 30)
  const tspans = headlineLines
    .map((text, i) => `<tspan x="80" dy="${i === 0 ? 0 : size * 1.15}">${escapeXml(text)}</tspan>`)
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="100%" height="100%" fill="${colour}"/>
  <rect x="0" y="${height - 300}" width="100%" height="300" fill="#111"/>
  <text x="80" y="${height * 0.28}" font-family="DejaVu Sans" font-weight="bold" font-size="${size}" fill="#fff">${tspans}</text>
  <text x="80" y="${height - 380}" font-family="DejaVu Sans" font-size="${size * 0.45}" fill="#fff">${escapeXml(line)}</text>
  <text x="80" y="${height - 130}" font-family="DejaVu Sans" font-weight="bold" font-size="${size * 0.9}" fill="#ffd400">${escapeXml(hotline)}</text>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer()
}
