import { placeArtwork } from './artwork'
import { colors } from './colors'
import { beginPage, finishPage, inset, mmToPt, safeWithin, type Box, type Sheet } from './geometry'
import { drawHotline } from './hotlineBlock'
import type { BrochureJob } from './job'
import { labels } from './labels'
import { drawQr } from './qr'
import { Flow, fitSize, write, type TextStyle } from './text'

/** Staples hold up to this many A5 pages; beyond it a print shop needs another binding. */
export const maxBookletPages = 48

const style = {
  title: { font: 'bold', size: 15, color: colors.navy, before: 14, keepWithNext: true },
  byline: { font: 'italic', size: 8.5, color: colors.muted, before: 2, keepWithNext: true },
  warning: { font: 'regular', size: 8.5, color: colors.warning, before: 6 },
  lead: { font: 'bold', size: 10, color: colors.ink, lineGap: 2, before: 6 },
  heading: { font: 'bold', size: 11, color: colors.navy, before: 8, keepWithNext: true },
  paragraph: { font: 'regular', size: 9.5, color: colors.ink, lineGap: 2.5, before: 5 },
  quote: { font: 'italic', size: 10.5, color: colors.navy, lineGap: 2.5, before: 6 },
} satisfies Record<string, TextStyle>

/** Every section in reading order, poured into the frames the fold offers. */
const pourSections = (flow: Flow, job: BrochureJob) => {
  for (const section of job.sections) {
    flow.block(section.title, style.title)
    if (section.byline) flow.block(section.byline, style.byline)
    if (section.warning) flow.block(section.warning, style.warning)
    if (section.lead) flow.block(section.lead, style.lead)
    for (const block of section.blocks) flow.block(block.text, style[block.type])
    flow.gap(10)
  }
}

/** Cover art keeps this far from a cut, a fold or the text below it. */
const coverSafeMargin = mmToPt(5)

/**
 * The front: the cover artwork (or the campaign's navy), the title, the introduction and, as on
 * every other page and panel, the hotline.
 */
const drawCover = async (
  doc: PDFKit.PDFDocument,
  job: BrochureJob,
  sheet: Sheet,
  art: Box,
  text: Box,
) => {
  if (job.cover)
    await placeArtwork(doc, job.cover, art, safeWithin(art, sheet.trim, coverSafeMargin))
  else doc.rect(art.x, art.y, art.width, art.height).fill(colors.navy)
  doc.rect(art.x, art.y + art.height, art.width, 4).fill(colors.amber)
  const hotlineHeight = job.hotline.length * 30
  const above = { ...text, height: text.height - hotlineHeight - 8 }
  const titleStyle = { font: 'bold', size: 26, color: colors.navy } as const
  const titleHeight = write(doc, job.title, above.x, above.y, above.width, {
    ...titleStyle,
    size: fitSize(doc, job.title, { ...above, height: above.height * 0.4 }, titleStyle),
  })
  const introStyle = { font: 'regular', size: 10.5, color: colors.ink, lineGap: 2 } as const
  const introBox = {
    ...above,
    y: above.y + titleHeight + 10,
    height: above.height - titleHeight - 10,
  }
  write(doc, job.intro, introBox.x, introBox.y, introBox.width, {
    ...introStyle,
    size: fitSize(doc, job.intro, introBox, introStyle),
  })
  drawHotline(
    doc,
    job.hotline,
    { ...text, y: text.y + text.height - hotlineHeight, height: hotlineHeight },
    { labelSize: 8, numberSize: 16, onDark: false },
  )
}

/** The back: what to do, the hotline, the QR code and who is behind the campaign. */
const drawContact = (doc: PDFKit.PDFDocument, job: BrochureJob, box: Box) => {
  const words = labels[job.locale]
  let y = box.y
  y += write(doc, words.contact, box.x, y, box.width, {
    font: 'bold',
    size: 13,
    color: colors.white,
  })
  y += 8
  y += drawHotline(
    doc,
    job.hotline,
    { ...box, y, height: box.height * 0.35 },
    { labelSize: 9, numberSize: 24, onDark: true },
  )
  const qrSize = Math.min(box.width * 0.6, mmToPt(38))
  y += 10
  drawQr(doc, job.qrUrl, box.x, y, qrSize)
  y += qrSize + 4
  y += write(doc, words.scan, box.x, y, box.width, {
    font: 'regular',
    size: 8,
    color: colors.white,
  })
  const organisations = job.organisations.join('\n')
  const orgStyle = { font: 'regular', size: 8, color: colors.white, lineGap: 1 } as const
  const orgHeight = doc
    .font('regular')
    .fontSize(8)
    .heightOfString(organisations, { width: box.width, lineGap: 1 })
  if (organisations)
    write(doc, organisations, box.x, box.y + box.height - orgHeight, box.width, orgStyle)
}

const navyPanel = (doc: PDFKit.PDFDocument, box: Box) =>
  doc.rect(box.x, box.y, box.width, box.height).fill(colors.navy)

/**
 * An A5 saddle-stitched booklet: cover, the sections page after page with the hotline in every
 * footer, padding pages that repeat the hotline so the count is a multiple of four, and the
 * contact page on the back.
 */
const drawBooklet = async (
  doc: PDFKit.PDFDocument,
  job: BrochureJob,
  sheet: Sheet,
  slugLine: string,
) => {
  const { trim } = sheet
  const side = mmToPt(14)
  let pages = 0
  // The flow draws on a page after asking for it, so a page is finished when the next begins.
  let isOpen = false
  const endPage = () => {
    if (isOpen) finishPage(doc, sheet, `${slugLine} · ${pages}`)
    isOpen = false
  }
  const addPage = () => {
    endPage()
    beginPage(doc, sheet)
    isOpen = true
    pages++
  }
  const fullBleed = { x: 0, y: 0, width: sheet.width, height: sheet.height }

  addPage()
  await drawCover(
    doc,
    job,
    sheet,
    { x: 0, y: 0, width: sheet.width, height: trim.y + trim.height * 0.5 },
    {
      x: trim.x + side,
      y: trim.y + trim.height * 0.5 + side,
      width: trim.width - 2 * side,
      height: trim.height * 0.5 - 2 * side,
    },
  )

  const hotlineFooter = job.hotline.map((line) => `${line.label}: ${line.number}`).join('   ·   ')
  const content = {
    x: trim.x + side,
    y: trim.y + side,
    width: trim.width - 2 * side,
    height: trim.height - side - mmToPt(20),
  }
  const footer = (page: number) => {
    write(doc, hotlineFooter, content.x, trim.y + trim.height - mmToPt(12), content.width - 30, {
      font: 'bold',
      size: 7.5,
      color: colors.navy,
    })
    write(
      doc,
      String(page),
      content.x,
      trim.y + trim.height - mmToPt(12),
      content.width,
      {
        font: 'regular',
        size: 7.5,
        color: colors.muted,
      },
      'right',
    )
  }
  const flow = new Flow(
    doc,
    () => {
      // One page stays for the back cover.
      if (pages + 2 > maxBookletPages) return null
      addPage()
      footer(pages)
      return content
    },
    `This brochure needs more than ${maxBookletPages} A5 pages: choose fewer items.`,
  )
  pourSections(flow, job)

  // Padding pages and the back cover alike carry the hotline.
  do {
    addPage()
    navyPanel(doc, fullBleed)
    drawContact(doc, job, inset(trim, mmToPt(18)))
    endPage()
  } while (pages % 4 !== 0)
}

/**
 * A landscape A4 sheet folded in three (letter fold). Outside: the flap that opens first, the
 * back with the hotline and QR code, and the front cover. Inside: three panels. The sections run
 * from the flap through the inside panels; more text than fits is an error the editor can fix.
 */
const drawTrifold = async (
  doc: PDFKit.PDFDocument,
  job: BrochureJob,
  sheet: Sheet,
  slugLine: string,
) => {
  const { trim } = sheet
  const panelWidth = trim.width / 3
  const panel = (i: number): Box => ({
    x: trim.x + i * panelWidth,
    y: trim.y,
    width: panelWidth,
    height: trim.height,
  })
  const padding = mmToPt(9)
  beginPage(doc, sheet)
  beginPage(doc, sheet)
  doc.switchToPage(0)
  const cover = panel(2)
  await drawCover(
    doc,
    job,
    sheet,
    { x: cover.x, y: 0, width: sheet.width - cover.x, height: trim.y + trim.height * 0.45 },
    {
      ...inset(cover, padding),
      y: trim.y + trim.height * 0.45 + padding,
      height: trim.height * 0.55 - 2 * padding,
    },
  )
  navyPanel(doc, { x: panel(1).x, y: 0, width: panelWidth, height: sheet.height })
  drawContact(doc, job, inset(panel(1), padding))
  const frames = [
    [0, panel(0)],
    [1, panel(0)],
    [1, panel(1)],
    [1, panel(2)],
  ] as const
  let next = 0
  const flow = new Flow(
    doc,
    () => {
      const frame = frames[next++]
      if (!frame) return null
      doc.switchToPage(frame[0])
      return inset(frame[1], padding)
    },
    'This brochure has more text than an A4 tri-fold holds: choose fewer or shorter items, or make it an A5 booklet.',
  )
  pourSections(flow, job)
  for (const [page, side] of [
    [0, 'outside'],
    [1, 'inside'],
  ] as const) {
    doc.switchToPage(page)
    finishPage(doc, sheet, `${slugLine} · ${side}`)
  }
}

export const drawBrochure = (
  doc: PDFKit.PDFDocument,
  job: BrochureJob,
  sheet: Sheet,
  slugLine: string,
) =>
  job.fold === 'trifold-a4'
    ? drawTrifold(doc, job, sheet, slugLine)
    : drawBooklet(doc, job, sheet, slugLine)
