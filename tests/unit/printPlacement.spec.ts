import { execFile } from 'child_process'
import path from 'path'
import sharp, { type OutputInfo } from 'sharp'
import { promisify } from 'util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { defaultPrintFormats, safeMarginMm, type PrintFormat } from '@/channels/print/formats'
import type { Artwork, PosterJob, RenderJob } from '@/channels/print/render/job'
import { runPrintWorker } from '@/channels/print/render/runPrintWorker'

import { findMarks, makeMarkedArtwork, markColours, type MarkName } from '../helpers/markedArtwork'
import { pdfText } from '../helpers/pdf'
import { brochureJob, hotlineAz, posterJob } from '../helpers/printFixtures'
import { makeTempDir, removeTempDir } from '../helpers/tempDir'

/**
 * What a print shop checks before it accepts a file, read back with poppler (pdfinfo, pdftoppm,
 * pdftotext), never with the code that wrote it: artwork whole inside the trim in every format,
 * marks outside the bleed, and boxes nested as they should be.
 */
const run = promisify(execFile)
const renderTimeout = 120_000
const ptPerMm = 72 / 25.4

type PdfBox = { left: number; bottom: number; right: number; top: number }
type PageBoxes = Record<'media' | 'bleed' | 'trim', PdfBox>

/** MediaBox, BleedBox and TrimBox of one page, in points from the bottom-left corner. */
const pageBoxes = async (file: string, page = 1): Promise<PageBoxes> => {
  const { stdout } = await run('pdfinfo', ['-box', '-f', String(page), '-l', String(page), file])
  const box = (name: string): PdfBox => {
    const match = new RegExp(`${name}:\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)`).exec(stdout)
    if (!match) throw new Error(`pdfinfo reports no ${name} for ${file}`)
    const [left, bottom, right, top] = match.slice(1).map(Number)
    return { left, bottom, right, top }
  }
  return { media: box('MediaBox'), bleed: box('BleedBox'), trim: box('TrimBox') }
}

/** A page as raw pixels at `dpi`, with a converter from PDF points to pixel positions. */
const rasterise = async (file: string, boxes: PageBoxes, dpi: number, page = 1) => {
  const { stdout } = await run(
    'pdftoppm',
    ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file],
    { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
  )
  const scale = dpi / 72
  const toPx = (b: PdfBox) => ({
    left: (b.left - boxes.media.left) * scale,
    right: (b.right - boxes.media.left) * scale,
    top: (boxes.media.top - b.top) * scale,
    bottom: (boxes.media.top - b.bottom) * scale,
  })
  return { png: stdout, toPx }
}

/** A dpi that draws the page about `tall` px tall. */
const dpiFor = (boxes: PageBoxes, tall = 1400) =>
  Math.max(10, Math.round((tall * 72) / (boxes.media.top - boxes.media.bottom)))

let dir: string
let renders = 0
const render = async (job: Omit<RenderJob, 'pdfPath' | 'createdAt'>) => {
  const pdfPath = path.join(dir, `placement-${++renders}.pdf`)
  const result = await runPrintWorker({
    ...job,
    pdfPath,
    createdAt: '2026-12-08T09:30:00.000Z',
  } as RenderJob)
  return { pdfPath, result }
}

beforeAll(() => {
  dir = makeTempDir('print-placement')
})
afterAll(() => removeTempDir(dir))

describe('artwork that is not marked safe to crop', () => {
  const shapes = [
    ['wider', 3000, 1000],
    ['taller', 1000, 3000],
  ] as const

  for (const [shape, width, height] of shapes)
    it.each(defaultPrintFormats)(
      `should show every mark of ${shape} artwork inside the safe area at $key`,
      async (format: PrintFormat) => {
        const artwork = await makeMarkedArtwork(dir, width, height)
        const { pdfPath } = await render(posterJob(artwork, format))
        const boxes = await pageBoxes(pdfPath)
        // Tall enough that a corner square is some 40 px wide, so its anti-aliased rim is small.
        const dpi = dpiFor(boxes, 2800)
        const { png, toPx } = await rasterise(pdfPath, boxes, dpi)
        const trim = toPx(boxes.trim)
        const safe = safeMarginMm(format) * ptPerMm * (dpi / 72)
        const marks = await findMarks(png)
        for (const name of Object.keys(markColours) as MarkName[]) {
          const mark = marks[name]
          expect(mark, `${name} mark at ${format.key}`).not.toBeNull()
          // Whole marks, well inside the cut: a pixel of rounding either way.
          expect(mark!.left).toBeGreaterThanOrEqual(trim.left + safe - 2)
          expect(mark!.right).toBeLessThanOrEqual(trim.right - safe + 2)
          expect(mark!.top).toBeGreaterThanOrEqual(trim.top + safe - 2)
        }
        // The corner squares keep their shape: nothing of them was cut away.
        const squares = (['topLeft', 'topRight', 'bottomRight', 'bottomLeft'] as const).map(
          (name) => marks[name]!.count,
        )
        expect(Math.min(...squares) / Math.max(...squares)).toBeGreaterThan(0.85)
      },
      renderTimeout,
    )

  it(
    'should fill the rest of the picture area, to the bleed, with the background colour',
    async () => {
      const artwork: Artwork = {
        ...(await makeMarkedArtwork(dir, 3000, 1000)),
        background: '#123456',
      }
      const a4 = defaultPrintFormats[0]
      const { pdfPath } = await render(posterJob(artwork, a4))
      const boxes = await pageBoxes(pdfPath)
      const { png, toPx } = await rasterise(pdfPath, boxes, dpiFor(boxes))
      const bleed = toPx(boxes.bleed)
      const { data, info } = await sharp(png)
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true })
      const at = (x: number, y: number) => {
        const i = (Math.round(y) * info.width + Math.round(x)) * info.channels
        return [data[i], data[i + 1], data[i + 2]]
      }
      // Just inside the bleed's top corners and above the artwork: the chosen colour.
      for (const x of [bleed.left + 2, bleed.right - 3])
        for (const [channel, value] of at(x, bleed.top + 2).entries())
          expect(Math.abs(value - [0x12, 0x34, 0x56][channel])).toBeLessThan(12)
    },
    renderTimeout,
  )
})

describe('marks and boxes', () => {
  const darkIn = (
    raw: { data: Buffer; info: OutputInfo },
    area: { left: number; right: number; top: number; bottom: number },
  ) => {
    let count = 0
    for (
      let y = Math.max(0, Math.floor(area.top));
      y <= Math.min(raw.info.height - 1, area.bottom);
      y++
    )
      for (
        let x = Math.max(0, Math.floor(area.left));
        x <= Math.min(raw.info.width - 1, area.right);
        x++
      ) {
        const i = (y * raw.info.width + x) * raw.info.channels
        if (raw.data[i] < 80 && raw.data[i + 1] < 80 && raw.data[i + 2] < 80) count++
      }
    return count
  }

  const cases: [string, () => Promise<Omit<RenderJob, 'pdfPath' | 'createdAt'>>, number][] = [
    ...defaultPrintFormats.map(
      (format) =>
        [
          format.key,
          async () => posterJob(await makeMarkedArtwork(dir, 2000, 1500), format),
          1,
        ] as [string, () => Promise<PosterJob>, number],
    ),
    ['booklet-a5', async () => brochureJob('booklet-a5'), 4],
    ['trifold-a4', async () => brochureJob('trifold-a4'), 2],
  ]

  it.each(cases)(
    'should nest MediaBox ⊃ BleedBox ⊃ TrimBox and draw crop marks outside the bleed: %s',
    async (key, makeJob, pages) => {
      const { pdfPath, result } = await render(await makeJob())
      expect(result.pages).toBe(pages)
      for (let page = 1; page <= pages; page++) {
        const boxes = await pageBoxes(pdfPath, page)
        const { media, bleed, trim } = boxes
        // 3 mm of bleed on every side, and a slug of 12 mm beyond it for the marks.
        for (const side of ['left', 'bottom'] as const) {
          expect(trim[side] - bleed[side]).toBeCloseTo(3 * ptPerMm, 1)
          expect(bleed[side] - media[side]).toBeCloseTo(12 * ptPerMm, 1)
        }
        for (const side of ['right', 'top'] as const) {
          expect(bleed[side] - trim[side]).toBeCloseTo(3 * ptPerMm, 1)
          expect(media[side] - bleed[side]).toBeCloseTo(12 * ptPerMm, 1)
        }
        if (page > 1 && key === 'booklet-a5') continue
        const dpi = dpiFor(boxes)
        const { png, toPx } = await rasterise(pdfPath, boxes, dpi, page)
        const raw = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })
        const t = toPx(trim)
        const b = toPx(bleed)
        // Each crop mark: on the trim line's extension, entirely in the slug.
        const near = 2
        for (const x of [t.left, t.right]) {
          expect(
            darkIn(raw, { left: x - near, right: x + near, top: 0, bottom: b.top - 1 }),
          ).toBeGreaterThan(3)
          expect(
            darkIn(raw, {
              left: x - near,
              right: x + near,
              top: b.bottom + 1,
              bottom: raw.info.height,
            }),
          ).toBeGreaterThan(3)
        }
        for (const y of [t.top, t.bottom]) {
          expect(
            darkIn(raw, { left: 0, right: b.left - 1, top: y - near, bottom: y + near }),
          ).toBeGreaterThan(3)
          expect(
            darkIn(raw, {
              left: b.right + 1,
              right: raw.info.width,
              top: y - near,
              bottom: y + near,
            }),
          ).toBeGreaterThan(3)
        }
        // A tri-fold's folds are marked in the slug at a third and two thirds of the trim.
        if (key === 'trifold-a4')
          for (const third of [1, 2]) {
            const x = t.left + ((t.right - t.left) * third) / 3
            expect(
              darkIn(raw, { left: x - near, right: x + near, top: 0, bottom: b.top - 1 }),
            ).toBeGreaterThan(3)
          }
      }
    },
    renderTimeout,
  )
})

describe('covers', () => {
  const pageText = async (file: string, page: number, crop?: { x: number; w: number }) => {
    const args = ['-enc', 'UTF-8', '-f', String(page), '-l', String(page)]
    if (crop) args.push('-x', String(crop.x), '-y', '0', '-W', String(crop.w), '-H', '100000')
    const { stdout } = await run('pdftotext', [...args, file, '-'], { encoding: 'utf8' })
    return stdout.replace(/\s+/g, ' ')
  }

  it(
    'should print the hotline on the booklet’s cover',
    async () => {
      const { pdfPath } = await render(brochureJob('booklet-a5'))
      const cover = await pageText(pdfPath, 1)
      expect(cover).toContain(hotlineAz[0].label)
      expect(cover).toContain(hotlineAz[0].number)
      // And on every other page too.
      const { stdout } = await run('pdfinfo', [pdfPath])
      const pages = Number(/Pages:\s+(\d+)/.exec(stdout)![1])
      for (let page = 2; page <= pages; page++)
        expect(await pageText(pdfPath, page)).toContain(hotlineAz[0].number)
      expect(await pdfText(pdfPath)).toContain(hotlineAz[0].number)
    },
    renderTimeout,
  )

  it(
    'should print the hotline on the tri-fold’s cover panel',
    async () => {
      const { pdfPath } = await render(brochureJob('trifold-a4'))
      const boxes = await pageBoxes(pdfPath)
      // pdftotext crops in pixels at 72 dpi: points from the page's left edge.
      const panel = (boxes.trim.right - boxes.trim.left) / 3
      const cover = await pageText(pdfPath, 1, {
        x: Math.round(boxes.trim.left - boxes.media.left + 2 * panel),
        w: Math.round(panel),
      })
      expect(cover).toContain(hotlineAz[0].number)
    },
    renderTimeout,
  )
})
