/**
 * Page geometry in PDF points, as print shops expect it: the trimmed sheet, the bleed around it,
 * and a slug beyond the bleed that holds the crop, bleed and fold marks and the slug line, so
 * no mark is ever printed on the part that is kept. MediaBox ⊃ BleedBox ⊃ TrimBox.
 *
 * Layouts draw in the bleed box's coordinates (0,0 is its top-left corner; `width` and
 * `height` are its size) and never see the slug: beginPage moves the origin and clips to the
 * bleed, finishPage draws the marks outside it.
 */
export const mmToPt = (mm: number) => (mm * 72) / 25.4

export type Box = { x: number; y: number; width: number; height: number }

export type Sheet = {
  /** The bleed box: the trimmed sheet plus the bleed on every side. */
  width: number
  height: number
  bleed: number
  /** The finished sheet after cutting, inside the bleed box. */
  trim: Box
  /** Paper beyond the bleed on every side, for marks; the PDF page is the bleed box plus it. */
  slug: number
  /** Where the sheet folds, as x positions in bleed-box coordinates (a tri-fold's panels). */
  folds: number[]
}

/** Marks start this far outside the bleed and are this long. */
const markGap = mmToPt(2)
const markLength = mmToPt(6)
/** Beyond the bleed: room for the marks and the slug line under them. */
const slug = markGap + markLength + mmToPt(4)

export const sheetOf = (
  trimWidthMm: number,
  trimHeightMm: number,
  bleedMm: number,
  { foldsMm = [] as number[] } = {},
): Sheet => {
  const bleed = mmToPt(bleedMm)
  const trim = { x: bleed, y: bleed, width: mmToPt(trimWidthMm), height: mmToPt(trimHeightMm) }
  return {
    width: trim.width + 2 * bleed,
    height: trim.height + 2 * bleed,
    bleed,
    trim,
    slug,
    folds: foldsMm.map((mm) => bleed + mmToPt(mm)),
  }
}

/** The PDF page: the bleed box with the slug on every side. */
export const pageSize = (sheet: Sheet) => ({
  width: sheet.width + 2 * sheet.slug,
  height: sheet.height + 2 * sheet.slug,
})

export const inset = (box: Box, by: number): Box => ({
  x: box.x + by,
  y: box.y + by,
  width: box.width - 2 * by,
  height: box.height - 2 * by,
})

/**
 * Inside a zone of the layout, where nothing may be cut or hidden: `margin` in from each edge
 * that is a cut (the trim) or a fold, and from edges inside the sheet so art does not touch
 * what is beside it.
 */
export const safeWithin = (zone: Box, trim: Box, margin: number): Box => {
  const left = Math.max(zone.x, trim.x) + margin
  const top = Math.max(zone.y, trim.y) + margin
  const right = Math.min(zone.x + zone.width, trim.x + trim.width) - margin
  const bottom = Math.min(zone.y + zone.height, trim.y + trim.height) - margin
  return { x: left, y: top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) }
}

/** PDF boxes are [left, bottom, right, top] from the page's bottom-left corner. */
const pdfBox = (sheet: Sheet, box: Box) => {
  const { height } = pageSize(sheet)
  return [
    sheet.slug + box.x,
    height - sheet.slug - box.y - box.height,
    sheet.slug + box.x + box.width,
    height - sheet.slug - box.y,
  ]
}

/** Starts a page: the origin at the bleed box's corner, and nothing drawn beyond the bleed. */
export const beginPage = (doc: PDFKit.PDFDocument, sheet: Sheet) => {
  const { width, height } = pageSize(sheet)
  doc.addPage({ size: [width, height], margin: 0 })
  doc.save()
  doc.translate(sheet.slug, sheet.slug)
  doc.rect(0, 0, sheet.width, sheet.height).clip()
}

type Line = [number, number, number, number]

/** Crop, bleed and fold marks in page coordinates, all outside the bleed box. */
export const marksOf = (sheet: Sheet) => {
  const s = sheet.slug
  const { x, y, width, height } = sheet.trim
  const out = sheet.bleed + markGap
  const crop: Line[] = []
  const bleed: Line[] = []
  // Each corner: a horizontal mark on the trim line left or right of the sheet, and a vertical
  // one above or below it; bleed marks do the same for the bleed's edges.
  for (const [cx, cy, dx, dy] of [
    [x, y, -1, -1],
    [x + width, y, 1, -1],
    [x, y + height, -1, 1],
    [x + width, y + height, 1, 1],
  ] as const) {
    const edgeX = cx + dx * sheet.bleed
    const edgeY = cy + dy * sheet.bleed
    crop.push(
      [s + cx + dx * out, s + cy, s + cx + dx * (out + markLength), s + cy],
      [s + cx, s + cy + dy * out, s + cx, s + cy + dy * (out + markLength)],
    )
    if (sheet.bleed > 0)
      bleed.push(
        [
          s + edgeX + dx * markGap,
          s + edgeY,
          s + edgeX + dx * (markGap + markLength / 2),
          s + edgeY,
        ],
        [
          s + edgeX,
          s + edgeY + dy * markGap,
          s + edgeX,
          s + edgeY + dy * (markGap + markLength / 2),
        ],
      )
  }
  const fold: Line[] = sheet.folds.flatMap((fx) => [
    [s + fx, s + y - out, s + fx, s + y - out - markLength] as Line,
    [s + fx, s + y + height + out, s + fx, s + y + height + out + markLength] as Line,
  ])
  return { crop, bleed, fold }
}

/**
 * Ends a page: declares the trim and bleed boxes, so print shops' tools know where to cut, and
 * draws the marks in the slug — solid crop marks, thin bleed marks, dashed fold marks — and the
 * slug line that names the file.
 */
export const finishPage = (doc: PDFKit.PDFDocument, sheet: Sheet, slugLine?: string) => {
  doc.restore()
  const dictionary = (doc.page as unknown as { dictionary: { data: Record<string, unknown> } })
    .dictionary.data
  dictionary.TrimBox = pdfBox(sheet, sheet.trim)
  dictionary.BleedBox = pdfBox(sheet, { x: 0, y: 0, width: sheet.width, height: sheet.height })
  const { crop, bleed, fold } = marksOf(sheet)
  const stroke = (lines: Line[], width: number, dash?: number) => {
    doc.save().lineWidth(width).strokeColor('#000000')
    if (dash) doc.dash(dash, { space: dash })
    for (const [x1, y1, x2, y2] of lines) doc.moveTo(x1, y1).lineTo(x2, y2)
    doc.stroke().restore()
  }
  stroke(crop, 0.5)
  stroke(bleed, 0.25)
  stroke(fold, 0.5, 2)
  if (slugLine)
    doc
      .font('regular')
      .fontSize(6)
      .fillColor('#000000')
      .text(slugLine, sheet.slug + sheet.trim.x + markGap * 4, pageSize(sheet).height - mmToPt(4), {
        lineBreak: false,
        width: sheet.trim.width - markGap * 8,
      })
}
