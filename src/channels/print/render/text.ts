import type { FontName } from './fonts'
import type { Box } from './geometry'
import { PrintLayoutError } from './errors'

export type TextStyle = {
  font: FontName
  size: number
  color: string
  lineGap?: number
  /** Space above the block, dropped at the top of a frame. */
  before?: number
  /** Headings move to the next frame rather than end one. */
  keepWithNext?: boolean
}

const use = (doc: PDFKit.PDFDocument, style: TextStyle) =>
  doc.font(style.font).fontSize(style.size).fillColor(style.color)

const heightOf = (doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle) =>
  use(doc, style).heightOfString(text, { width, lineGap: style.lineGap ?? 0 })

const widestWord = (doc: PDFKit.PDFDocument, text: string, style: TextStyle) =>
  Math.max(0, ...text.split(/\s+/).map((word) => use(doc, style).widthOfString(word)))

/**
 * The largest size (up to `style.size`) at which the text fits the box without breaking a word:
 * titles and hotline numbers get as big as their space allows.
 */
export const fitSize = (doc: PDFKit.PDFDocument, text: string, box: Box, style: TextStyle) => {
  const fits = (size: number) => {
    const sized = { ...style, size }
    return (
      widestWord(doc, text, sized) <= box.width &&
      heightOf(doc, text, box.width, sized) <= box.height
    )
  }
  let low = 4
  let high = style.size
  if (fits(high)) return high
  for (let step = 0; step < 12; step++) {
    const middle = (low + high) / 2
    if (fits(middle)) low = middle
    else high = middle
  }
  return low
}

/** Writes text in a box at a given style; returns the height used. */
export const write = (
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  style: TextStyle,
  align: 'left' | 'center' | 'right' = 'left',
) => {
  const height = heightOf(doc, text, width, style)
  use(doc, style).text(text, x, y, { width, lineGap: style.lineGap ?? 0, align })
  return height
}

/**
 * Pours text blocks into a series of frames (a booklet's pages, a tri-fold's panels), splitting
 * a paragraph between words where a frame ends. `nextFrame` gives the next frame, or null when
 * the layout has no more room.
 */
export class Flow {
  private frame: Box
  private y: number

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly nextFrame: () => Box | null,
    private readonly overflowMessage: string,
  ) {
    this.frame = this.advance()
    this.y = this.frame.y
  }

  private advance(): Box {
    const frame = this.nextFrame()
    if (!frame) throw new PrintLayoutError(this.overflowMessage)
    this.frame = frame
    this.y = frame.y
    return frame
  }

  private get atTop() {
    return this.y === this.frame.y
  }

  private get room() {
    return this.frame.y + this.frame.height - this.y
  }

  block(text: string, style: TextStyle) {
    if (!text.trim()) return
    const lineHeight = use(this.doc, style).currentLineHeight(true) + (style.lineGap ?? 0)
    if (!this.atTop) this.y += style.before ?? 0
    const needed =
      heightOf(this.doc, text, this.frame.width, style) + (style.keepWithNext ? 3 * lineHeight : 0)
    if (needed > this.room && !this.atTop && (style.keepWithNext || this.room < lineHeight * 2))
      this.advance()
    let rest = text
    while (rest) {
      const words = rest.split(/\s+/)
      let fitting = words.length
      if (heightOf(this.doc, rest, this.frame.width, style) > this.room) {
        let low = 0
        let high = words.length
        while (low < high) {
          const middle = Math.ceil((low + high) / 2)
          if (
            heightOf(this.doc, words.slice(0, middle).join(' '), this.frame.width, style) <=
            this.room
          )
            low = middle
          else high = middle - 1
        }
        fitting = low
      }
      if (fitting === 0) {
        if (this.atTop) throw new PrintLayoutError(this.overflowMessage)
        this.advance()
        continue
      }
      const part = words.slice(0, fitting).join(' ')
      this.y += write(this.doc, part, this.frame.x, this.y, this.frame.width, style)
      rest = words.slice(fitting).join(' ')
      if (rest) this.advance()
    }
  }

  /** Blank space, e.g. between sections; never carried over to a new frame. */
  gap(height: number) {
    this.y = Math.min(this.y + height, this.frame.y + this.frame.height)
  }
}
