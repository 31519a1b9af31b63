import QRCode from 'qrcode'

/**
 * A QR code drawn as vector squares, so it stays sharp at any print size, on a white quiet zone
 * of four modules (the standard's minimum). Error correction M survives scuffs on a poster.
 */
export const drawQr = (
  doc: PDFKit.PDFDocument,
  url: string,
  x: number,
  y: number,
  size: number,
) => {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const quiet = 4
  const unit = size / (modules.size + 2 * quiet)
  doc.save()
  doc.rect(x, y, size, size).fill('#ffffff')
  for (let row = 0; row < modules.size; row++)
    for (let column = 0; column < modules.size; column++)
      if (modules.get(row, column))
        // A hair of overlap keeps viewers from showing seams between neighbouring squares.
        doc.rect(x + (quiet + column) * unit, y + (quiet + row) * unit, unit + 0.05, unit + 0.05)
  doc.fill('#000000')
  doc.restore()
}
