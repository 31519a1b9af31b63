import fs from 'fs'
import path from 'path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  brochureFoldFormats,
  defaultPrintFormats,
  type PrintFormat,
} from '@/channels/print/formats'
import { PrintLayoutError } from '@/channels/print/render/errors'
import type { Artwork, BrochureJob, PosterJob, RenderJob } from '@/channels/print/render/job'
import { runPrintWorker } from '@/channels/print/render/runPrintWorker'

import { decodeQr, isBlank, pdfFonts, pdfPageSizesPt, pdfText, renderPagePng } from '../helpers/pdf'
import { brochureJob, makeArtwork, posterJob } from '../helpers/printFixtures'
import { makeTempDir, removeTempDir } from '../helpers/tempDir'

// Every case renders a real PDF in the worker process and reads it back with poppler.
const renderTimeout = 60_000

const mmToPt = (mm: number) => (mm * 72) / 25.4
/** The page is the bleed box plus a 12 mm slug for the marks on every side. */
const slugMm = 12
/** pdftotext breaks lines where the layout does; compare text with whitespace collapsed. */
const flat = (text: string) => text.replace(/\s+/g, ' ')

let dir: string
let artwork: Artwork
let renders = 0

/** Renders a job to a fresh PDF (and PNG preview) in the test's directory. */
const render = (job: PosterJob | BrochureJob, withPreview = false) => {
  const name = `${job.kind}-${++renders}`
  const files: Pick<RenderJob, 'pdfPath' | 'previewPath'> = {
    pdfPath: path.join(dir, `${name}.pdf`),
    ...(withPreview ? { previewPath: path.join(dir, `${name}.png`) } : {}),
  }
  return runPrintWorker({ ...job, ...files, createdAt: '2026-12-08T09:30:00.000Z' }).then(
    (result) => ({ ...files, result }),
  )
}

/** Mean x (0–1 of the width) of the red pixels of a page PNG, above `bandBottom` (0–1). */
const redPixels = async (png: Buffer, bandBottom: number) => {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  let count = 0
  let sumX = 0
  const rows = Math.floor(info.height * bandBottom)
  for (let y = 0; y < rows; y++)
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * info.channels
      if (data[i] > 200 && data[i + 1] < 80 && data[i + 2] < 80) {
        count++
        sumX += x
      }
    }
  return { count, meanX: count ? sumX / count / info.width : NaN }
}

const expectSizes = async (pdfPath: string, format: PrintFormat, pages: number) => {
  const sizes = await pdfPageSizesPt(pdfPath)
  expect(sizes).toHaveLength(pages)
  for (const { media, trim } of sizes) {
    expect(media.width).toBeCloseTo(mmToPt(format.trimWidthMm + 2 * (format.bleedMm + slugMm)), 1)
    expect(media.height).toBeCloseTo(mmToPt(format.trimHeightMm + 2 * (format.bleedMm + slugMm)), 1)
    expect(trim.width).toBeCloseTo(mmToPt(format.trimWidthMm), 1)
    expect(trim.height).toBeCloseTo(mmToPt(format.trimHeightMm), 1)
  }
}

beforeAll(async () => {
  dir = makeTempDir('print-render')
  // 6000 × 4000: the 24-megapixel artwork the issue names.
  artwork = await makeArtwork(dir)
})

afterAll(() => removeTempDir(dir))

describe('poster rendering', () => {
  it.each(defaultPrintFormats)(
    'should render $key at trim + bleed with embedded fonts, the title, hotline, artwork and QR code',
    async (format) => {
      const job = posterJob(artwork, format)
      const { pdfPath, previewPath, result } = await render(job, true)

      expect(result.pages).toBe(1)
      expect(result.pageWidthPt).toBeCloseTo(
        mmToPt(format.trimWidthMm + 2 * (format.bleedMm + slugMm)),
        6,
      )
      expect(result.pageHeightPt).toBeCloseTo(
        mmToPt(format.trimHeightMm + 2 * (format.bleedMm + slugMm)),
        6,
      )
      expect(result.bytes).toBe(fs.statSync(pdfPath).size)
      expect(result.sha256).toMatch(/^[0-9a-f]{64}$/)
      await expectSizes(pdfPath, format, 1)

      const fonts = await pdfFonts(pdfPath)
      expect(fonts.length).toBeGreaterThan(0)
      expect(fonts.filter((font) => !font.embedded)).toEqual([])

      const text = flat(await pdfText(pdfPath))
      expect(text).toContain(job.title)
      expect(text).toContain('ĞğIıİiÖöŞşÜüÇç')
      expect(text).toContain(job.hotline[0].label)
      expect(text).toContain(job.hotline[0].number)

      const page = await renderPagePng(pdfPath, 1, 2000)
      expect(await isBlank(page)).toBe(false)
      expect(await decodeQr(page)).toEqual([job.qrUrl])

      expect(result.previewWritten).toBe(true)
      expect(fs.existsSync(previewPath!)).toBe(true)
      const preview = await sharp(previewPath!).metadata()
      expect(preview.format).toBe('png')
      expect(preview.width).toBeLessThanOrEqual(800)
      expect(preview.height).toBeLessThanOrEqual(800)

      // The issue: the metro format from a 24-megapixel artwork stays under 600 MB peak RSS.
      expect(result.peakRssMb).toBeGreaterThan(0)
      if (format.key === 'metro') expect(result.peakRssMb).toBeLessThan(600)
    },
    renderTimeout,
  )

  it(
    'should keep the focal point of artwork marked safe to crop in view',
    async () => {
      const a4 = defaultPrintFormats.find((format) => format.key === 'a4')!
      // The art fills the page from its top edge (bleed included) to 58 % down the trim.
      const artBand =
        (slugMm + a4.bleedMm + a4.trimHeightMm * 0.58) /
        (a4.trimHeightMm + 2 * (a4.bleedMm + slugMm))
      // 8000 × 3000 (still 24 MP) is wide enough that a plain centre cut would lose the disc
      // at 15 % or 85 % altogether: seeing it at all shows the cut followed the focal point.
      const redAt = async (focalX: number) => {
        const art = await makeArtwork(dir, { width: 8000, height: 3000, focalX, focalY: 50 })
        const { pdfPath } = await render(posterJob({ ...art, safeToCrop: true }, a4))
        return redPixels(await renderPagePng(pdfPath, 1, 800), artBand)
      }
      const right = await redAt(85)
      const left = await redAt(15)
      expect(right.count).toBeGreaterThan(1000)
      expect(left.count).toBeGreaterThan(1000)
      expect(right.meanX).toBeGreaterThan(0.5)
      expect(left.meanX).toBeLessThan(0.5)
    },
    renderTimeout,
  )

  it(
    'should print a Russian title in Cyrillic, intact',
    async () => {
      const title = 'Работа за границей? Сначала проверьте'
      const job: PosterJob = {
        ...posterJob(artwork),
        locale: 'ru',
        title,
        hotline: [{ label: 'Горячая линия', number: '0 800 152 152' }],
      }
      const { pdfPath } = await render(job)
      const text = flat(await pdfText(pdfPath))
      expect(text).toContain(title)
      expect(text).toContain('Горячая линия')
      expect(text).toContain('Подробнее: отсканируйте код')
    },
    renderTimeout,
  )

  it(
    'should fail with an ordinary error, not a layout error, when the artwork file is missing',
    async () => {
      const job = posterJob({ ...artwork, path: path.join(dir, 'no-such-artwork.jpg') })
      const failure = await render(job).then(
        () => null,
        (err: unknown) => err,
      )
      expect(failure).toBeInstanceOf(Error)
      expect(failure).not.toBeInstanceOf(PrintLayoutError)
      expect((failure as Error).message).toMatch(/print worker failed/)
    },
    renderTimeout,
  )
})

describe('A5 booklet', () => {
  const booklet = brochureFoldFormats['booklet-a5']

  it(
    'should flow the sections over A5 pages, a multiple of four, with every letter intact',
    async () => {
      const job = brochureJob('booklet-a5', { sections: 4, paragraphs: 8 })
      job.sections[1].title = 'İkinci bölmə: Şəki, Gəncə, Ağdam və Qusar'
      job.sections[2].title = 'Üçüncü bölmə: Çörək, ölkə, ığ — ĞIİÖŞÜÇƏ'
      const { pdfPath, result } = await render(job)

      expect(result.pages % 4).toBe(0)
      expect(result.pages).toBeGreaterThan(4)
      await expectSizes(pdfPath, booklet, result.pages)
      const [first] = await pdfPageSizesPt(pdfPath)
      expect(first.media.width).toBeCloseTo(mmToPt(154 + 2 * slugMm), 1)
      expect(first.media.height).toBeCloseTo(mmToPt(216 + 2 * slugMm), 1)

      const text = flat(await pdfText(pdfPath))
      for (const section of job.sections) expect(text).toContain(section.title)
      expect(text).toContain(job.title)
      // Every paragraph made it onto a page, split between pages or not.
      expect(text.match(/Abzas \d+:/g)).toHaveLength(4 * 8)
      expect(text).toContain('ğ ı İ ş ç ö ü ə')
      expect(await isBlank(await renderPagePng(pdfPath, 2, 800))).toBe(false)
    },
    renderTimeout,
  )

  it(
    'should pad a tiny booklet to four pages',
    async () => {
      const { pdfPath, result } = await render(
        brochureJob('booklet-a5', { sections: 1, paragraphs: 1 }),
      )
      expect(result.pages).toBe(4)
      await expectSizes(pdfPath, booklet, 4)
    },
    renderTimeout,
  )
})

describe('A4 tri-fold', () => {
  it(
    'should print two landscape A4 sides',
    async () => {
      const job = brochureJob('trifold-a4')
      const { pdfPath, result } = await render(job)
      expect(result.pages).toBe(2)
      await expectSizes(pdfPath, brochureFoldFormats['trifold-a4'], 2)
      const sizes = await pdfPageSizesPt(pdfPath)
      expect(sizes[0].media.width).toBeCloseTo(mmToPt(303 + 2 * slugMm), 1)
      expect(sizes[0].media.height).toBeCloseTo(mmToPt(216 + 2 * slugMm), 1)
      const text = flat(await pdfText(pdfPath))
      for (const section of job.sections) expect(text).toContain(section.title)
    },
    renderTimeout,
  )

  it(
    'should refuse more text than the tri-fold holds with a layout error for the editor',
    async () => {
      const failure = await render(brochureJob('trifold-a4', { sections: 6, paragraphs: 10 })).then(
        () => null,
        (err: unknown) => err,
      )
      expect(failure).toBeInstanceOf(PrintLayoutError)
      expect((failure as Error).message).toMatch(/tri-fold/)
    },
    renderTimeout,
  )
})
