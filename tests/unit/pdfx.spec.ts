import { execFile } from 'child_process'
import fs from 'fs'
import path from 'path'
import PDFDocument from 'pdfkit'
import { promisify } from 'util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { defaultPrintFormats } from '@/channels/print/formats'
import type { Artwork, BrochureJob, PosterJob } from '@/channels/print/render/job'
import {
  cmykProfilePath,
  convertToPdfX,
  ghostscriptArgs,
  pdfxDefinitionPs,
} from '@/channels/print/render/pdfx'
import { drawPrintFile } from '@/channels/print/render/renderPrintFile'
import { runPrintWorker } from '@/channels/print/render/runPrintWorker'

import { decodeQr, pdfFonts, pdfPageBoxes, pdfText, renderPagePng } from '../helpers/pdf'
import { pdfxVerdict } from '../helpers/pdfx'
import { brochureJob, makeArtwork, posterJob } from '../helpers/printFixtures'
import { makeTempDir, removeTempDir } from '../helpers/tempDir'

const run = promisify(execFile)
const slow = 120_000
const createdAt = new Date('2025-03-01T09:30:00Z')
const flat = (text: string) => text.replace(/\s+/g, ' ')

let dir: string
let artwork: Artwork

beforeAll(async () => {
  dir = makeTempDir('pdfx')
  // 6000 × 4000: the 24-megapixel artwork the issue names.
  artwork = await makeArtwork(dir)
})

afterAll(() => removeTempDir(dir))

/** A small PDF drawn with PDFKit: `draw` gets the document and its only page. */
const pdfkitFile = async (
  name: string,
  draw: (doc: PDFKit.PDFDocument) => void,
  options: PDFKit.PDFDocumentOptions = {},
) => {
  const file = path.join(dir, `${name}.pdf`)
  const doc = new PDFDocument({ size: 'A4', margin: 0, ...options })
  const written = new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(file)
    out.on('finish', resolve).on('error', reject)
    doc.pipe(out)
  })
  draw(doc)
  doc.end()
  await written
  return file
}

/** A conforming file with one thing broken by qpdf's JSON update of page 1. */
const withPageChange = async (name: string, change: Record<string, unknown>) => {
  const good = path.join(dir, 'good-for-breaking.pdf')
  if (!fs.existsSync(good)) {
    const plain = await pdfkitFile('plain-cmyk', (doc) => {
      doc.fillColor([0, 0, 0, 100]).rect(50, 50, 100, 100).fill()
    })
    await convertToPdfX({ inputPath: plain, outputPath: good, title: 'T', locale: 'az', createdAt })
  }
  const { stdout } = await run('qpdf', ['--json=2', '--json-key=pages', good], { encoding: 'utf8' })
  const pageRef = (JSON.parse(stdout) as { pages: { object: string }[] }).pages[0].object
  const { stdout: page } = await run('qpdf', ['--json=2', '--json-key=qpdf', good], {
    encoding: 'utf8',
  })
  const objects = (JSON.parse(page) as { qpdf: [unknown, Record<string, { value: object }>] })
    .qpdf[1]
  const value = { ...objects[`obj:${pageRef}`].value, ...change }
  const update = path.join(dir, `${name}.json`)
  fs.writeFileSync(
    update,
    JSON.stringify({ qpdf: [{ jsonversion: 2 }, { [`obj:${pageRef}`]: { value } }] }),
  )
  const file = path.join(dir, `${name}.pdf`)
  await run('qpdf', [good, `--update-from-json=${update}`, file])
  return file
}

/** Same pixel sizes, in order, as `pdfimages -list` reports them. */
const imageSizes = async (file: string) =>
  (await run('pdfimages', ['-list', file], { encoding: 'utf8' })).stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => line.trim().split(/\s+/).slice(3, 5).join('×'))

const isoDates = async (file: string) => {
  const { stdout } = await run('pdfinfo', ['-isodates', file], { encoding: 'utf8' })
  const field = (name: string) => new RegExp(`^${name}:\\s+(.+)$`, 'm').exec(stdout)?.[1]?.trim()
  return { title: field('Title'), created: field('CreationDate'), modified: field('ModDate') }
}

const catalogLang = async (file: string) => {
  const { stdout } = await run('qpdf', ['--json=2', '--json-key=qpdf', file], { encoding: 'utf8' })
  const { qpdf } = JSON.parse(stdout) as {
    qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>]
  }
  const root = qpdf[1].trailer.value!['/Root'] as string
  return qpdf[1][`obj:${root}`].value!['/Lang']
}

describe('PDF/X preflight', () => {
  it('should refuse an RGB file straight from PDFKit, saying why', async () => {
    const file = await pdfkitFile('plain-rgb', (doc) => {
      doc.fillColor('#c03030').fontSize(24).text('Qaynar xətt', 50, 50)
    })
    const { conforms, violations } = await pdfxVerdict(file)
    expect(conforms).toBe(false)
    expect(violations).toEqual([
      'Info has no GTS_PDFXVersion',
      'Info has no Title',
      'Info has no ModDate',
      'Info Trapped is missing, not /True or /False',
      'The Catalog has no OutputIntents',
      'Page 1 has no TrimBox (or ArtBox)',
      'Page 1 has no BleedBox',
      'Page 1 font /F1: font /Helvetica is not embedded',
      'Page 1 content uses cs /DeviceRGB',
    ])
  })

  it(
    'should refuse a poster as PDFKit draws it: RGB art, no output intent',
    async () => {
      const pdfPath = path.join(dir, 'raw-poster.pdf')
      // Before 2000: PDFKit's own date, for the checker to catch.
      await drawPrintFile(
        {
          ...posterJob(artwork, defaultPrintFormats[0]),
          pdfPath,
          createdAt: '1970-01-01T00:00:00Z',
        },
        pdfPath,
      )
      const { violations } = await pdfxVerdict(pdfPath)
      expect(violations).toEqual(
        expect.arrayContaining([
          'Info has no GTS_PDFXVersion',
          'The Catalog has no OutputIntents',
          'Page 1 XObject /I1 uses /DeviceRGB',
        ]),
      )
      expect(violations.some((v) => /CreationDate .* before 2000/.test(v))).toBe(true)
    },
    slow,
  )

  it('should refuse a transparent fill', async () => {
    const file = await pdfkitFile('transparent', (doc) => {
      doc.fillColor([0, 0, 0, 100]).fillOpacity(0.5).rect(50, 50, 100, 100).fill()
    })
    const { violations } = await pdfxVerdict(file)
    expect(violations.some((v) => /ExtGState ca 0\.5 is transparency/.test(v))).toBe(true)
  })

  it(
    'should refuse a TrimBox that reaches past the BleedBox',
    async () => {
      const file = await withPageChange('trim-outside-bleed', {
        '/BleedBox': [10, 10, 500, 700],
        '/TrimBox': [5, 20, 490, 690],
      })
      const { violations } = await pdfxVerdict(file)
      expect(violations).toEqual([
        'Page 1: TrimBox [5 20 490 690] is not inside the BleedBox [10 10 500 700]',
      ])
    },
    slow,
  )

  it(
    'should refuse a page drawn as a transparency group',
    async () => {
      const file = await withPageChange('page-group', {
        '/Group': { '/S': '/Transparency', '/CS': '/DeviceCMYK' },
      })
      expect((await pdfxVerdict(file)).violations).toEqual(['Page 1 is a transparency group'])
    },
    slow,
  )
})

describe('PDF/X-3 conversion', () => {
  const a4 = defaultPrintFormats.find((format) => format.key === 'a4')!

  const convert = async (name: string, job: PosterJob | BrochureJob) => {
    const inputPath = path.join(dir, `${name}.pdf`)
    const outputPath = path.join(dir, `${name}-x3.pdf`)
    const rendered = await drawPrintFile(
      { ...job, pdfPath: inputPath, createdAt: createdAt.toISOString() },
      inputPath,
    )
    const started = performance.now()
    await convertToPdfX({ inputPath, outputPath, title: job.title, locale: job.locale, createdAt })
    const ms = Math.round(performance.now() - started)
    return { inputPath, outputPath, pages: rendered.pages, ms }
  }

  it.each([
    ['A4 poster', () => posterJob(artwork, a4)],
    ['A5 booklet', () => brochureJob('booklet-a5')],
  ])(
    'should make a conforming PDF/X-3 of the %s that keeps boxes, text, fonts, images and QR',
    async (name, makeJob) => {
      const job = makeJob()
      const { inputPath, outputPath, ms } = await convert(name.replace(' ', '-'), job)
      console.info(`${name} PDF/X-3 conversion: ${ms} ms`)

      expect(await pdfxVerdict(outputPath)).toEqual({
        conforms: true,
        version: 'PDF/X-3:2002',
        outputCondition: 'CGATS TR 001',
        violations: [],
      })

      // Boxes as drawn (Ghostscript writes them to 3 decimals).
      const before = await pdfPageBoxes(inputPath)
      const after = await pdfPageBoxes(outputPath)
      expect(after).toHaveLength(before.length)
      after.forEach((boxes, page) => {
        for (const box of ['MediaBox', 'BleedBox', 'TrimBox'] as const)
          boxes[box].forEach((n, i) => expect(n).toBeCloseTo(before[page][box][i], 1))
      })

      const text = flat(await pdfText(outputPath))
      expect(text).toContain(job.title)
      if (job.kind === 'poster') expect(text).toContain('ĞğIıİiÖöŞşÜüÇç')
      else {
        expect(text).toContain('ğ ı İ ş ç ö ü ə')
        expect(text).toContain('Привет, это тоже текст.')
      }

      const fonts = await pdfFonts(outputPath)
      expect(fonts.length).toBeGreaterThan(0)
      expect(fonts.filter((font) => !font.embedded || !font.unicode)).toEqual([])

      expect(await imageSizes(outputPath)).toEqual(await imageSizes(inputPath))

      expect(await isoDates(outputPath)).toEqual({
        title: job.title,
        created: '2025-03-01T09:30:00Z',
        modified: '2025-03-01T09:30:00Z',
      })
      expect(await catalogLang(outputPath)).toBe('u:az')

      const qrPage = job.kind === 'poster' ? 1 : after.length
      expect(await decodeQr(await renderPagePng(outputPath, qrPage, 2000))).toEqual([job.qrUrl])
    },
    slow,
  )

  it(
    'should be what the print worker hands to the shop, for a tri-fold with its fold marks',
    async () => {
      const pdfPath = path.join(dir, 'worker-trifold.pdf')
      const result = await runPrintWorker({
        ...brochureJob('trifold-a4'),
        pdfPath,
        createdAt: createdAt.toISOString(),
      })
      expect(result.pages).toBe(2)
      expect((await pdfxVerdict(pdfPath)).violations).toEqual([])
    },
    slow,
  )

  it(
    'should write any title, Unicode beyond the BMP and PostScript delimiters included',
    async () => {
      const title = 'Работа (за) границей \\ ə ğ ı İ ş — 🚩'
      const outputPath = path.join(dir, 'odd-title-x3.pdf')
      const inputPath = await pdfkitFile('odd-title', (doc) => {
        doc.fillColor([0, 0, 0, 100]).rect(50, 50, 100, 100).fill()
      })
      await convertToPdfX({ inputPath, outputPath, title, locale: 'ru', createdAt })
      expect((await isoDates(outputPath)).title).toBe(title)
      expect(await catalogLang(outputPath)).toBe('u:ru')
    },
    slow,
  )

  it('should write the definitions the report names', () => {
    const ps = pdfxDefinitionPs({
      title: 'Əli (1)',
      locale: 'az',
      createdAt,
      profilePath: '/p/cmyk.icc',
    })
    expect(ps).toContain('/Title <FEFF018F006C00690020002800310029>')
    expect(ps).toContain('/CreationDate (D:20250301093000Z)')
    expect(ps).toContain('/Lang (az)')
    expect(ps).toContain('[{icc_PDFX} (/p/cmyk.icc) (r) file /PUT pdfmark')
    const args = ghostscriptArgs({
      inputPath: 'in.pdf',
      outputPath: 'out.pdf',
      definitionPath: 'def.ps',
      profilePath: '/p/cmyk.icc',
    })
    expect(args.slice(-3)).toEqual(['-f', 'in.pdf', 'def.ps'])
    expect(args).toContain('-dPDFX')
  })

  it(
    'should convert the metro 4-sheet from a 24-megapixel artwork in bounded time and memory',
    async () => {
      const metro = defaultPrintFormats.find((format) => format.key === 'metro')!
      const job = posterJob(artwork, metro)
      const { inputPath, outputPath, ms } = await convert('metro', job)
      // The same gs run again under GNU time, for its peak resident memory.
      const definitionPath = path.join(dir, 'metro-def.ps')
      fs.writeFileSync(
        definitionPath,
        pdfxDefinitionPs({
          title: job.title,
          locale: 'az',
          createdAt,
          profilePath: cmykProfilePath(),
        }),
      )
      const args = ghostscriptArgs({
        inputPath,
        outputPath: path.join(dir, 'metro-measured.pdf'),
        definitionPath,
        profilePath: cmykProfilePath(),
      })
      const { stderr } = await run('/usr/bin/time', ['-f', 'peak-kb=%M', 'gs', ...args], {
        encoding: 'utf8',
      })
      const peakMb = Math.round(Number(/peak-kb=(\d+)/.exec(stderr)?.[1]) / 1024)
      console.info(`metro PDF/X-3 conversion: ${ms} ms, gs peak RSS ${peakMb} MB`)
      expect(peakMb).toBeGreaterThan(0)
      expect(peakMb).toBeLessThan(300)
      expect((await pdfxVerdict(outputPath)).violations).toEqual([])
      expect(await imageSizes(outputPath)).toEqual(await imageSizes(inputPath))
      expect(ms).toBeLessThan(60_000)
    },
    slow,
  )
})
