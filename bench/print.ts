// Print files, beside a reference measured in the same run on the same machine:
//   - printPoster: one poster in one language at every default format (A4, A3, A2, metro) from a
//     24-megapixel JPEG, one worker process per format, one after another, as the print sweep
//     makes them (drawn, converted to PDF/X-3 by Ghostscript, and the PNG preview), and each
//     format on its own (printFormat);
//   - printBooklet: a 12-page A5 booklet with the same artwork on its cover;
//   - reference: sharp decoding the same JPEG and re-encoding it, in process with the worker's
//     sharp settings: the floor of handling that artwork at all.
// Runs the production build's worker (dist/printWorker.js, so `npm run build` first). Median ms
// of BENCH_RUNS runs; peak RSS is the largest any worker reached (the worker's own: Ghostscript
// runs as its child, about 30 MB). Writes printPoster, printFormat, printBooklet and
// printReference to bench/results.json (git-ignored).
import fs from 'fs'
import path from 'path'
import sharp from 'sharp'

import { defaultPrintFormats } from '@/channels/print/formats'
import type { BrochureJob, PosterJob, RenderResult } from '@/channels/print/render/job'
import { runPrintWorker } from '@/channels/print/render/runPrintWorker'

import { brochureJob, makeArtwork, posterJob } from '../tests/helpers/printFixtures'
import { makeTempDir, removeTempDir } from '../tests/helpers/tempDir'
import { median, saveResults } from './results'

const runs = Number(process.env.BENCH_RUNS ?? 3)
const bookletPages = 12
/** Sections × paragraphs of the fixture brochure that fill exactly 12 A5 pages. */
const bookletContent = { sections: 4, paragraphs: 8 }

if (!fs.existsSync(path.resolve('dist/printWorker.js')))
  throw new Error('dist/printWorker.js is missing: run "npm run build" first (npm run bench does).')
// runPrintWorker runs the bundled worker, as the production server does, only in production.
Object.assign(process.env, { NODE_ENV: 'production' })
// As in the worker: one thread per image, no cache.
sharp.concurrency(1)
sharp.cache(false)

/** Runs `work` `runs` times; the median ms and the largest peak RSS of any worker it ran. */
const measure = async (work: () => Promise<RenderResult[]>) => {
  const times: number[] = []
  let peakRssMb = 0
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    const results = await work()
    times.push(performance.now() - started)
    peakRssMb = Math.max(peakRssMb, ...results.map((result) => result.peakRssMb))
  }
  return { ms: Math.round(median(times)), peakRssMb }
}

const dir = makeTempDir('bench-print')
try {
  const artwork = await makeArtwork(dir)
  const { width, height } = await sharp(artwork.path).metadata()
  let files = 0
  const render = (job: PosterJob | BrochureJob) => {
    const name = path.join(dir, `file-${++files}`)
    return runPrintWorker({
      ...job,
      createdAt: new Date().toISOString(),
      pdfPath: `${name}.pdf`,
      previewPath: `${name}.png`,
    })
  }
  const poster = async () => {
    const results: RenderResult[] = []
    for (const format of defaultPrintFormats) results.push(await render(posterJob(artwork, format)))
    return results
  }
  const oneFormat = (format: (typeof defaultPrintFormats)[number]) => async () => [
    await render(posterJob(artwork, format)),
  ]
  const booklet = async () => {
    const result = await render({
      ...brochureJob('booklet-a5', bookletContent),
      cover: artwork,
    })
    if (result.pages !== bookletPages)
      throw new Error(`the booklet has ${result.pages} pages, not ${bookletPages}`)
    return [result]
  }
  let metroPeakRssMb = 0
  const reencode = async () => {
    await sharp(artwork.path).jpeg({ quality: 88, chromaSubsampling: '4:4:4' }).toBuffer()
    return []
  }

  // Warm-up: the first worker and the first decode pay for cold caches.
  await reencode()
  await render(posterJob(artwork, defaultPrintFormats[0]))

  const printReference = { ms: (await measure(reencode)).ms }
  const printPoster = await measure(async () => {
    const results = await poster()
    const metro = defaultPrintFormats.findIndex((format) => format.key === 'metro')
    if (metro >= 0) metroPeakRssMb = Math.max(metroPeakRssMb, results[metro].peakRssMb)
    return results
  })
  const printBooklet = await measure(booklet)
  const printFormat: Record<string, { ms: number; peakRssMb: number }> = {}
  for (const format of defaultPrintFormats)
    printFormat[format.key] = await measure(oneFormat(format))

  const times = (ms: number) => (ms / printReference.ms).toFixed(1)
  const formats = defaultPrintFormats.map((format) => format.label).join(', ')
  console.log(
    `\nPrint files from a ${width}×${height} JPEG (${Math.round((width! * height!) / 1e6)} MP), production worker, median of ${runs} runs\n`,
  )
  console.log('| what | ms | peak RSS MB | × reference |\n|---|---|---|---|')
  console.log(
    `| reference: sharp decodes the JPEG and re-encodes it (in process, 1 thread) | ${printReference.ms} | – | 1.0 |`,
  )
  console.log(
    `| printPoster: ${formats}, one worker each, in turn | ${printPoster.ms} | ${printPoster.peakRssMb} | ${times(printPoster.ms)} |`,
  )
  console.log(
    `| printBooklet: ${bookletPages}-page A5 booklet, the artwork on its cover | ${printBooklet.ms} | ${printBooklet.peakRssMb} | ${times(printBooklet.ms)} |`,
  )
  for (const format of defaultPrintFormats) {
    const { ms, peakRssMb } = printFormat[format.key]
    console.log(
      `| printFormat ${format.key}: ${format.label} alone | ${ms} | ${peakRssMb} | ${times(ms)} |`,
    )
  }
  const perFormat = printPoster.ms / defaultPrintFormats.length
  console.log(
    `\nper poster format ${Math.round(perFormat)} ms (${times(perFormat)} × reference); metro peak RSS ${Math.max(metroPeakRssMb, printFormat.metro?.peakRssMb ?? 0)} MB (limit 600)`,
  )
  saveResults({ printPoster, printFormat, printBooklet, printReference })
} finally {
  removeTempDir(dir)
}
