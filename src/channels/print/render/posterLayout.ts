import { safeMarginMm, type PrintFormat } from '../formats'
import { mmToPt, safeWithin, type Box, type Sheet } from './geometry'

/** The artwork's share of the trimmed height, above the panel with the title and the hotline. */
const artworkShare = 0.58

/**
 * A poster's picture area: from the top of the bleed to 58 % down the trim, across the whole
 * bleed. Its safe area keeps the format's safe margin from the trim and from the panel below.
 * Pure, so the admin's checks (resolution, previews) measure what the renderer draws.
 */
export const posterArtworkZone = (
  sheet: Sheet,
  format: Pick<PrintFormat, 'trimWidthMm' | 'trimHeightMm' | 'safeMm'>,
): { zone: Box; safe: Box } => {
  const zone = {
    x: 0,
    y: 0,
    width: sheet.width,
    height: sheet.trim.y + sheet.trim.height * artworkShare,
  }
  return { zone, safe: safeWithin(zone, sheet.trim, mmToPt(safeMarginMm(format))) }
}
