import { colors } from './colors'
import type { Box } from './geometry'
import type { HotlineLine } from './job'
import { fitSize, write } from './text'

/**
 * The hotline as every piece prints it: each line's label small, its number as large as the box
 * allows (all numbers at one size). Returns the height used.
 */
export const drawHotline = (
  doc: PDFKit.PDFDocument,
  hotline: HotlineLine[],
  box: Box,
  { labelSize, numberSize, onDark }: { labelSize: number; numberSize: number; onDark: boolean },
) => {
  const labelStyle = {
    font: 'bold',
    size: labelSize,
    color: onDark ? colors.amber : colors.navy,
  } as const
  const perLine = box.height / Math.max(1, hotline.length) - labelSize * 1.4
  const size = Math.min(
    ...hotline.map((line) =>
      fitSize(
        doc,
        line.number,
        { ...box, height: perLine },
        {
          font: 'bold',
          size: numberSize,
          color: colors.white,
        },
      ),
    ),
  )
  let y = box.y
  for (const line of hotline) {
    y += write(doc, line.label, box.x, y, box.width, labelStyle)
    y += write(doc, line.number, box.x, y, box.width, {
      font: 'bold',
      size,
      color: onDark ? colors.white : colors.ink,
    })
    y += labelSize * 0.6
  }
  return y - box.y
}
