import { execFile } from 'child_process'
import { createHash } from 'crypto'
import fs from 'fs'
import path from 'path'
import PDFDocument from 'pdfkit'
import { promisify } from 'util'

import { brochureFoldFormats } from '../formats'
import { drawBrochure } from './brochure'
import { registerFonts } from './fonts'
import { pageSize, sheetOf } from './geometry'
import type { RenderJob, RenderResult } from './job'
import { convertToPdfX } from './pdfx'
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

/**
 * Draws one print file with PDFKit, in RGB as the layouts are written. Content that cannot be
 * laid out throws PrintLayoutError.
 */
export const drawPrintFile = async (job: RenderJob, pdfPath: string) => {
  const format = job.kind === 'poster' ? job.format : brochureFoldFormats[job.fold]
  // A letter-folded sheet folds into three equal panels.
  const foldsMm =
    job.kind === 'brochure' && job.fold === 'trifold-a4'
      ? [format.trimWidthMm / 3, (2 * format.trimWidthMm) / 3]
      : []
  const sheet = sheetOf(format.trimWidthMm, format.trimHeightMm, format.bleedMm, { foldsMm })
  const page = pageSize(sheet)
  const createdAt = new Date(job.createdAt)
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    size: [page.width, page.height],
    margin: 0,
    info: { Title: job.title, Creator: 'Xəbərdar', CreationDate: createdAt, ModDate: createdAt },
    lang: job.locale,
  } as PDFKit.PDFDocumentOptions)
  const slugLine = [
    `Xəbərdar — ${job.title}`,
    `${format.label} ${format.trimWidthMm} × ${format.trimHeightMm} mm, bleed ${format.bleedMm} mm`,
    job.locale,
    job.createdAt.slice(0, 10),
  ].join(' · ')
  registerFonts(doc)
  await fs.promises.mkdir(path.dirname(pdfPath), { recursive: true })
  const written = new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(pdfPath)
    out.on('finish', resolve).on('error', reject)
    doc.pipe(out)
  })
  if (job.kind === 'poster') await drawPoster(doc, job, sheet, slugLine)
  else await drawBrochure(doc, job, sheet, slugLine)
  const pages = doc.bufferedPageRange().count
  doc.end()
  await written
  return { pages, page }
}

/**
 * Makes one print file as a print shop takes it: drawn (drawPrintFile), then converted to
 * PDF/X-3 with a CMYK output intent by Ghostscript (./pdfx.ts). The preview is drawn from the
 * converted file, so it shows what the shop gets.
 */
export const renderPrintFile = async (job: RenderJob): Promise<Omit<RenderResult, 'peakRssMb'>> => {
  const draft = `${job.pdfPath}.draft.pdf`
  try {
    const { pages, page } = await drawPrintFile(job, draft)
    await convertToPdfX({
      inputPath: draft,
      outputPath: job.pdfPath,
      title: job.title,
      locale: job.locale,
      createdAt: new Date(job.createdAt),
    })
    return { pages, ...(await describeFile(job, page)) }
  } finally {
    await fs.promises.rm(draft, { force: true })
  }
}

const describeFile = async (job: RenderJob, page: { width: number; height: number }) => {
  const hash = createHash('sha256')
  for await (const chunk of fs.createReadStream(job.pdfPath)) hash.update(chunk as Buffer)
  return {
    bytes: (await fs.promises.stat(job.pdfPath)).size,
    sha256: hash.digest('hex'),
    pageWidthPt: page.width,
    pageHeightPt: page.height,
    previewWritten: job.previewPath ? await writePreview(job.pdfPath, job.previewPath) : false,
  }
}
