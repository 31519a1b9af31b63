import path from 'path'
import sharp from 'sharp'

import type { Artwork, BrochureJob, PosterJob } from '@/channels/print/render/job'
import { defaultPrintFormats } from '@/channels/print/formats'

/**
 * A photo-like artwork: a gradient with a bright disc at a chosen point, so a test can see where
 * the focal point landed. 6000 × 4000 is the 24-megapixel case the issue names.
 */
export const makeArtwork = async (
  dir: string,
  { width = 6000, height = 4000, focalX = 50, focalY = 50 } = {},
): Promise<Artwork> => {
  const file = path.join(dir, `art-${width}x${height}-${focalX}-${focalY}.jpg`)
  const cx = (focalX / 100) * width
  const cy = (focalY / 100) * height
  const r = Math.min(width, height) / 10
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#23395d"/><stop offset="1" stop-color="#5c8a8a"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${cx}" cy="${cy}" r="${r}" fill="#ff2020"/></svg>`
  // Grain like a photo's, so the JPEG is as large as a real one (a smooth gradient compresses
  // to almost nothing and would flatter the memory figures).
  const grain = { type: 'gaussian' as const, mean: 128, sigma: 40 }
  await sharp(Buffer.from(svg), { limitInputPixels: false })
    .composite([
      {
        input: { create: { width, height, channels: 3, background: '#808080', noise: grain } },
        blend: 'soft-light',
      },
    ])
    .jpeg({ quality: 90 })
    .toFile(file)
  return { path: file, focalX, focalY, safeToCrop: false, madeForFormat: false, background: null }
}

export const hotlineAz = [{ label: 'Qaynar xətt', number: '0 800 152 152' }]

export const posterJob = (
  artwork: PosterJob['artwork'],
  format = defaultPrintFormats[0],
): PosterJob => ({
  kind: 'poster',
  locale: 'az',
  title: 'Xaricdə iş təklifi? Əvvəlcə yoxlayın — ĞğIıİiÖöŞşÜüÇç',
  hotline: hotlineAz,
  qrUrl: 'https://xeberdar.example/az/posters/42',
  organisations: ['Beynəlxalq Miqrasiya Təşkilatı', 'İnsan alverinə qarşı mübarizə idarəsi'],
  artwork,
  format,
})

const paragraph = (n: number) =>
  `Abzas ${n}: Leyla Bakıdan Dubaya işə getdi; sənədlərini götürdülər və o, evə zəng edə bilmədi. ` +
  'Şübhə etdiyiniz halda qaynar xəttə zəng edin — ğ ı İ ş ç ö ü ə. Привет, это тоже текст. '.repeat(
    3,
  )

/** A brochure of `sections` sections of `paragraphs` paragraphs each. */
export const brochureJob = (
  fold: BrochureJob['fold'],
  { sections = 2, paragraphs = 3 } = {},
): BrochureJob => ({
  kind: 'brochure',
  fold,
  locale: 'az',
  title: 'Xəbərdar olun: işə düzəltmə vədləri',
  intro: 'Bu broşura məktəblər, hava limanları və sərhəd keçid məntəqələri üçündür.',
  hotline: hotlineAz,
  qrUrl: 'https://xeberdar.example/az/brochures/7',
  organisations: ['Beynəlxalq Miqrasiya Təşkilatı', 'İnsan alverinə qarşı mübarizə idarəsi'],
  sections: Array.from({ length: sections }, (_, i) => ({
    kind: i % 2 ? 'article' : 'story',
    title: `Bölmə ${i + 1}: Bakıdan Dubaya`,
    byline: i % 2 ? 'Redaksiya' : 'Leyla danışır',
    lead: 'Qısa giriş mətni.',
    blocks: [
      { type: 'heading', text: 'Nə baş verdi' },
      ...Array.from({ length: paragraphs }, (_, n) => ({
        type: 'paragraph' as const,
        text: paragraph(n + 1),
      })),
      { type: 'quote', text: '“Sənədlərinizi heç kimə verməyin.”' },
    ],
  })),
})
