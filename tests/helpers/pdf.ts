/**
 * Reads generated PDFs back the way a print shop would see them.
 *
 * Text, fonts, page boxes and rasters come from Debian's poppler-utils (pdftotext, pdffonts,
 * pdfinfo, pdftoppm), the tools the issue names, so the tests check the files with a real PDF
 * reader rather than with the library that wrote them. They are run with execFile (no shell).
 *
 * QR codes are decoded with zxing-wasm (a maintained ZXing-C++ build). Its wasm ships inside the
 * npm package and is loaded from node_modules here: by default the package would fetch it from a
 * CDN, which tests must never do.
 */
import { execFile } from 'child_process'
import { readFileSync } from 'fs'
import path from 'path'
import { promisify } from 'util'
import sharp from 'sharp'
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const wasmFile = path.join(root, 'node_modules/zxing-wasm/dist/reader/zxing_reader.wasm')

const text = async (command: string, args: string[]) =>
  (await run(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout

/** pdftotext's UTF-8 output for the whole document. */
export const pdfText = (file: string) => text('pdftotext', ['-enc', 'UTF-8', file, '-'])

export type PdfFont = {
  name: string
  type: string
  embedded: boolean
  subset: boolean
  unicode: boolean
}

/** pdffonts' table; column spans come from the dashes under the header, so names may hold spaces. */
export const pdfFonts = async (file: string): Promise<PdfFont[]> => {
  const lines = (await text('pdffonts', [file])).split('\n')
  const rule = lines.findIndex((line) => /^-+( -+)+\s*$/.test(line))
  if (rule < 1) throw new Error(`pdffonts printed no table for ${file}`)
  const spans = [...lines[rule].matchAll(/-+/g)].map((dash) => [
    dash.index!,
    dash.index! + dash[0].length,
  ])
  const headers = spans.map(([start, end]) => lines[rule - 1].slice(start, end).trim())
  const column = (line: string, header: string) => {
    const index = headers.indexOf(header)
    const [start, end] = spans[index]
    return line.slice(start, index === spans.length - 1 ? undefined : end).trim()
  }
  return lines
    .slice(rule + 1)
    .filter((line) => line.trim())
    .map((line) => ({
      name: column(line, 'name'),
      type: column(line, 'type'),
      embedded: column(line, 'emb') === 'yes',
      subset: column(line, 'sub') === 'yes',
      unicode: column(line, 'uni') === 'yes',
    }))
}

type Size = { width: number; height: number }
export type BoxName = 'MediaBox' | 'CropBox' | 'BleedBox' | 'TrimBox' | 'ArtBox'
/** x1, y1, x2, y2 in points. */
export type Box = [number, number, number, number]

/**
 * Every page's boxes as pdfinfo reports them, in points. pdfinfo fills a box the page does not
 * set with its default (CropBox = MediaBox, Bleed/Trim/ArtBox = CropBox).
 */
export const pdfPageBoxes = async (file: string): Promise<Record<BoxName, Box>[]> => {
  const pages = Number(/^Pages:\s+(\d+)/m.exec(await text('pdfinfo', [file]))?.[1])
  if (!pages) throw new Error(`pdfinfo found no pages in ${file}`)
  const boxes = await text('pdfinfo', ['-box', '-f', '1', '-l', String(pages), file])
  const result = Array.from({ length: pages }, () => ({}) as Record<BoxName, Box>)
  for (const [, page, box, ...coords] of boxes.matchAll(
    /^Page\s+(\d+)\s+(MediaBox|CropBox|BleedBox|TrimBox|ArtBox):\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)/gm,
  ))
    result[Number(page) - 1][box as BoxName] = coords.map(Number) as Box
  return result
}

const sizeOf = ([x1, y1, x2, y2]: Box): Size => ({ width: x2 - x1, height: y2 - y1 })

/** MediaBox, TrimBox and BleedBox sizes of every page, in points (defaults as in pdfPageBoxes). */
export const pdfPageSizesPt = async (
  file: string,
): Promise<{ media: Size; trim: Size; bleed: Size }[]> =>
  (await pdfPageBoxes(file)).map((boxes) => ({
    media: sizeOf(boxes.MediaBox),
    trim: sizeOf(boxes.TrimBox),
    bleed: sizeOf(boxes.BleedBox),
  }))

/** One page as PNG bytes, its longer side scaled to `scaleTo` pixels. */
export const renderPagePng = async (
  file: string,
  page: number,
  scaleTo: number,
): Promise<Buffer> => {
  const n = String(page)
  const args = ['-png', '-f', n, '-l', n, '-scale-to', String(scaleTo), '-singlefile', file]
  // With no output root pdftoppm writes the single page to stdout.
  const { stdout } = await run('pdftoppm', args, {
    encoding: 'buffer',
    maxBuffer: 512 * 1024 * 1024,
  })
  if (!stdout.length) throw new Error(`pdftoppm rendered nothing for page ${page} of ${file}`)
  return stdout
}

/** True when the image is one flat colour (every channel's standard deviation below 2). */
export const isBlank = async (png: Buffer) =>
  (await sharp(png).stats()).channels.every((channel) => channel.stdev < 2)

let zxingReady = false

/** Texts of the QR codes zxing finds in the image. */
export const decodeQr = async (png: Buffer): Promise<string[]> => {
  if (!zxingReady) {
    const wasm = readFileSync(wasmFile)
    prepareZXingModule({
      overrides: {
        wasmBinary: wasm.buffer.slice(
          wasm.byteOffset,
          wasm.byteOffset + wasm.byteLength,
        ) as ArrayBuffer,
        locateFile: (file: string, prefix: string) =>
          file.endsWith('.wasm') ? wasmFile : prefix + file,
      },
    })
    zxingReady = true
  }
  let image = sharp(png)
  const { width = 0, height = 0 } = await image.metadata()
  if (Math.max(width, height) > 4000) {
    image = sharp(png).resize({ width: 4000, height: 4000, fit: 'inside' })
  }
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const results = await readBarcodes(
    {
      data: new Uint8ClampedArray(data),
      width: info.width,
      height: info.height,
      colorSpace: 'srgb',
    },
    { formats: ['QRCode'], tryHarder: true },
  )
  return results.filter((result) => result.isValid).map((result) => result.text)
}
