/** Page geometry in PDF points: the page is the trimmed sheet plus the bleed on every side. */
export const mmToPt = (mm: number) => (mm * 72) / 25.4

export type Box = { x: number; y: number; width: number; height: number }

export type Sheet = {
  width: number
  height: number
  bleed: number
  /** The finished sheet after cutting, inside the page. */
  trim: Box
}

export const sheetOf = (trimWidthMm: number, trimHeightMm: number, bleedMm: number): Sheet => {
  const bleed = mmToPt(bleedMm)
  const trim = { x: bleed, y: bleed, width: mmToPt(trimWidthMm), height: mmToPt(trimHeightMm) }
  return { width: trim.width + 2 * bleed, height: trim.height + 2 * bleed, bleed, trim }
}

export const inset = (box: Box, by: number): Box => ({
  x: box.x + by,
  y: box.y + by,
  width: box.width - 2 * by,
  height: box.height - 2 * by,
})

/** PDF boxes are [left, bottom, right, top] from the bottom-left corner. */
const pdfBox = (sheet: Sheet, box: Box) => [
  box.x,
  sheet.height - box.y - box.height,
  box.x + box.width,
  sheet.height - box.y,
]

/**
 * Declares the trim and bleed boxes, so print shops' tools know where to cut, and draws crop
 * marks in the bleed at each corner: they sit outside the trim and are cut away. A white line
 * under each black one keeps the marks visible on dark artwork.
 */
export const finishPage = (doc: PDFKit.PDFDocument, sheet: Sheet) => {
  const dictionary = (doc.page as unknown as { dictionary: { data: Record<string, unknown> } })
    .dictionary.data
  dictionary.TrimBox = pdfBox(sheet, sheet.trim)
  dictionary.BleedBox = pdfBox(sheet, { x: 0, y: 0, width: sheet.width, height: sheet.height })
  if (sheet.bleed <= 0) return
  const gap = Math.min(mmToPt(1), sheet.bleed / 3)
  const { x, y, width, height } = sheet.trim
  const marks: [number, number, number, number][] = []
  for (const cx of [x, x + width])
    for (const cy of [y, y + height]) {
      const outX = cx === x ? 0 : sheet.width
      const outY = cy === y ? 0 : sheet.height
      const towardX = cx === x ? cx - gap : cx + gap
      const towardY = cy === y ? cy - gap : cy + gap
      marks.push([outX, cy, towardX, cy], [cx, outY, cx, towardY])
    }
  doc.save()
  for (const [lineWidth, colour] of [
    [1.5, '#ffffff'],
    [0.5, '#000000'],
  ] as const) {
    doc.lineWidth(lineWidth).strokeColor(colour)
    for (const [x1, y1, x2, y2] of marks) doc.moveTo(x1, y1).lineTo(x2, y2).stroke()
  }
  doc.restore()
}
