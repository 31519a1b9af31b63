import type { Locale } from '@/i18n/locales'

export const printStatuses = ['ready', 'failed'] as const
export type PrintStatus = (typeof printStatuses)[number]
export const printedCollections = ['posters', 'brochures'] as const
export type PrintedCollection = (typeof printedCollections)[number]

/** A story or article a brochure printed. */
export type IncludedItem = { collection: 'articles' | 'stories'; id: string }

/** A print-files document as the sweep and the endpoints use it. */
export type PrintFileRecord = {
  id: string | number
  name: string
  itemCollection: PrintedCollection
  itemId: string
  locale: Locale
  format: string
  status: PrintStatus
  error?: string | null
  inputsHash: string
  includes?: IncludedItem[] | null
  fileName?: string | null
  previewName?: string | null
}

/** One item, language and format: at most one current file each. */
export const slotOf = (
  file: Pick<PrintFileRecord, 'itemCollection' | 'itemId' | 'locale' | 'format'>,
) => `${file.itemCollection}:${file.itemId}:${file.locale}:${file.format}`
