import { defaultPrintFormats, type PrintFormat } from './formats'

/**
 * The sizes posters print at, as Settings → Print lists them, else the defaults: only what is
 * printed, so a row's own id is never part of a format.
 */
export const printFormatsIn = (settings: { print?: { formats?: PrintFormat[] | null } | null }) =>
  settings.print?.formats?.length
    ? settings.print.formats.map(
        ({ key, label, trimWidthMm, trimHeightMm, bleedMm, safeMm, artworkSlot }) => ({
          key,
          label,
          trimWidthMm,
          trimHeightMm,
          bleedMm,
          safeMm: safeMm ?? null,
          artworkSlot: artworkSlot ?? null,
        }),
      )
    : defaultPrintFormats
