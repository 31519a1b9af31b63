import { placeArtwork } from './artwork'
import { colors } from './colors'
import { beginPage, finishPage, type Sheet } from './geometry'
import { drawHotline } from './hotlineBlock'
import type { PosterJob } from './job'
import { labels } from './labels'
import { posterArtworkZone } from './posterLayout'
import { drawQr } from './qr'
import { fitSize, write } from './text'

/**
 * A poster at any size: the artwork owns the top 58 % to the bleed (posterLayout.ts), shown whole
 * unless it may be cropped; below an amber rule, a navy panel holds the title, the hotline large, the QR code to the
 * campaign page and the organisations. Everything scales with the sheet, so A4 and the metro's
 * 4-sheet read alike.
 */
export const drawPoster = async (
  doc: PDFKit.PDFDocument,
  job: PosterJob,
  sheet: Sheet,
  slugLine: string,
) => {
  const { trim } = sheet
  const unit = Math.min(trim.width, trim.height * 0.707) / 100
  const margin = 6 * unit
  const { zone, safe } = posterArtworkZone(sheet, job.format)
  const artBottom = zone.y + zone.height
  const rule = 1.2 * unit

  beginPage(doc, sheet)
  await placeArtwork(doc, job.artwork, zone, safe)
  doc.rect(0, artBottom, sheet.width, rule).fill(colors.amber)
  doc.rect(0, artBottom + rule, sheet.width, sheet.height - artBottom - rule).fill(colors.navy)

  const qrSize = 22 * unit
  const qrX = trim.x + trim.width - margin - qrSize
  const qrY = trim.y + trim.height - margin - qrSize
  drawQr(doc, job.qrUrl, qrX, qrY, qrSize)
  const caption = { font: 'regular', size: 2 * unit, color: colors.white } as const
  const captionHeight = doc
    .font('regular')
    .fontSize(caption.size)
    .heightOfString(labels[job.locale].scan, { width: qrSize })
  write(doc, labels[job.locale].scan, qrX, qrY - captionHeight - unit, qrSize, caption, 'center')

  const column = {
    x: trim.x + margin,
    y: artBottom + rule + margin * 0.8,
    width: qrX - margin - trim.x - margin,
  }
  const bottom = trim.y + trim.height - margin
  const organisations = job.organisations.join('  ·  ')
  const orgStyle = { font: 'regular', size: 2.2 * unit, color: colors.white } as const
  const orgHeight = organisations
    ? doc
        .font('regular')
        .fontSize(orgStyle.size)
        .heightOfString(organisations, { width: column.width })
    : 0
  const room = bottom - orgHeight - unit * 2 - column.y

  const titleStyle = { font: 'bold', size: 9 * unit, color: colors.white, lineGap: 0 } as const
  const titleSize = fitSize(doc, job.title, { ...column, height: room * 0.45 }, titleStyle)
  const titleHeight = write(doc, job.title, column.x, column.y, column.width, {
    ...titleStyle,
    size: titleSize,
  })
  const hotlineTop = column.y + titleHeight + 3 * unit
  drawHotline(
    doc,
    job.hotline,
    { ...column, y: hotlineTop, height: bottom - orgHeight - unit * 2 - hotlineTop },
    { labelSize: 3 * unit, numberSize: 8 * unit, onDark: true },
  )
  if (organisations) write(doc, organisations, column.x, bottom - orgHeight, column.width, orgStyle)
  finishPage(doc, sheet, slugLine)
}
