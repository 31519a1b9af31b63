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

/**
 * A text-free illustration for print, the shape of a poster's picture area (about 6:5): the
 * campaign's colour, a horizon and figures walking away, nothing that a crop could cut in half.
 * 3600 × 3000 prints at 150 ppi or more up to A2, and above 75 ppi on the metro 4-sheet.
 */
export const renderPrintIllustration = async (colour: string) => {
  const [width, height] = [3600, 3000]
  const figure = (x: number, scale: number) =>
    `<g transform="translate(${x} ${height * 0.62}) scale(${scale})" fill="#10131a" opacity="0.85">
      <circle cx="0" cy="-330" r="70"/><rect x="-80" y="-250" width="160" height="330" rx="60"/>
      <rect x="-70" y="60" width="55" height="260" rx="25"/><rect x="15" y="60" width="55" height="260" rx="25"/></g>`
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${colour}"/><stop offset="0.62" stop-color="#f3d9a4"/>
    <stop offset="1" stop-color="#3b3f47"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#sky)"/>
  <circle cx="${width * 0.7}" cy="${height * 0.5}" r="${height * 0.16}" fill="#ffd27a" opacity="0.9"/>
  <rect x="0" y="${height * 0.62}" width="${width}" height="${height * 0.38}" fill="#2b2f36"/>
  ${figure(width * 0.35, 1.6)}${figure(width * 0.46, 1.3)}${figure(width * 0.55, 1.05)}
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}
