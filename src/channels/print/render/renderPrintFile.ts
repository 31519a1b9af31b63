import { execFile } from 'child_process'
import { createHash } from 'crypto'
import fs from 'fs'
import path from 'path'
import PDFDocument from 'pdfkit'
import { promisify } from 'util'

import { brochureFoldFormats } from '../formats'
import { drawBrochure } from './brochure'
import { registerFonts } from './fonts'
import { sheetOf } from './geometry'
import type { RenderJob, RenderResult } from './job'
import { drawPoster } from './poster'

const run = promisify(execFile)

/**
 * A PNG of the first page, at most 800 px on its long side, drawn by poppler's `pdftoppm` from
 * the PDF itself, so the preview shows exactly what was written. Without poppler there is no
 * preview, and the file is still made.
 */
const writePreview = async (pdfPath: string, previewPath: string) => {
  const prefix = previewPath.replace(/\.png$/, '')
  try {
    await run(
      'pdftoppm',
      ['-png', '-f', '1', '-l', '1', '-scale-to', '800', '-singlefile', pdfPath, prefix],
      { timeout: 60_000 },
    )
    return true
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw err
  }
}

/** Draws one print file to disk. Content that cannot be laid out throws PrintLayoutError. */
export const renderPrintFile = async (job: RenderJob): Promise<Omit<RenderResult, 'peakRssMb'>> => {
  const format = job.kind === 'poster' ? job.format : brochureFoldFormats[job.fold]
  const sheet = sheetOf(format.trimWidthMm, format.trimHeightMm, format.bleedMm)
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    size: [sheet.width, sheet.height],
    margin: 0,
    info: { Title: job.title, Creator: 'Xəbərdar', CreationDate: new Date(0) },
    lang: job.locale,
  } as PDFKit.PDFDocumentOptions)
  registerFonts(doc)
  await fs.promises.mkdir(path.dirname(job.pdfPath), { recursive: true })
  const written = new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(job.pdfPath)
    out.on('finish', resolve).on('error', reject)
    doc.pipe(out)
  })
  if (job.kind === 'poster') await drawPoster(doc, job, sheet)
  else await drawBrochure(doc, job, sheet)
  const pages = doc.bufferedPageRange().count
  doc.end()
  await written
  const hash = createHash('sha256')
  for await (const chunk of fs.createReadStream(job.pdfPath)) hash.update(chunk as Buffer)
  return {
    pages,
    bytes: (await fs.promises.stat(job.pdfPath)).size,
    sha256: hash.digest('hex'),
    pageWidthPt: sheet.width,
    pageHeightPt: sheet.height,
    previewWritten: job.previewPath ? await writePreview(job.pdfPath, job.previewPath) : false,
  }
}
