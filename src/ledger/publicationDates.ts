import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import type { LedgerEntry } from './changes'

export type PublicationDates = {
  /** When readers could first read the item in this language. */
  firstPublishedAt: string
  /** When its current text in this language was published (the last publication naming it). */
  publishedAt: string
}

export type PublishedEntry = Pick<LedgerEntry, 'change' | 'languages' | 'effectiveAt'>

const names = (entry: PublishedEntry, locale: Locale) =>
  entry.change === 'published' && (entry.languages.length === 0 || entry.languages.includes(locale))

const later = (a: string, b: string | null | undefined) =>
  b && Date.parse(b) > Date.parse(a) ? new Date(b).toISOString() : a

/**
 * An item's publication dates in one language, from its ledger entries in order. A `published`
 * entry names the languages it published or took off; while the language is public, the last
 * entry naming it published it. A publication waiting for its `publishAt` counts from then.
 * Null if no entry published it.
 */
export const publicationDatesOf = (
  entries: readonly PublishedEntry[],
  { locale, publishAt }: { locale: Locale; publishAt?: string | null },
): PublicationDates | null => {
  const naming = entries.filter((entry) => names(entry, locale))
  if (!naming.length) return null
  return {
    firstPublishedAt: later(naming[0].effectiveAt, publishAt),
    publishedAt: later(naming[naming.length - 1].effectiveAt, publishAt),
  }
}

/** The `published` entries of these items ("<type>:<id>"), in ledger order, by item. */
export const publishedEntries = async (
  payload: Payload,
  items?: readonly string[],
): Promise<Map<string, PublishedEntry[]>> => {
  const { docs } = await payload.db.find({
    collection: 'publication-ledger',
    where: {
      and: [
        { change: { equals: 'published' } },
        ...(items ? [{ item: { in: [...items] } }] : []),
      ],
    },
    sort: 'position',
    limit: 0,
    pagination: false,
  })
  const byItem = new Map<string, PublishedEntry[]>()
  for (const entry of docs as unknown as LedgerEntry[]) {
    const list = byItem.get(entry.item) ?? []
    list.push({ change: entry.change, languages: entry.languages, effectiveAt: entry.effectiveAt })
    byItem.set(entry.item, list)
  }
  return byItem
}
