import { isLocale, type Locale } from '@/i18n/locales'

import { decodeCursor, type Cursor } from './cursor'
import { partnerMessages, type PartnerMessages } from './messages'
import {
  isPartnerContentType,
  partnerContentTypeSlugs,
  type PartnerContentType,
  type PartnerScope,
} from '@/access/partnerScope'

export const defaultSyncLimit = 100
export const maxSyncLimit = 500

export type SyncRequest = {
  types: PartnerContentType[]
  locales: Locale[]
  limit: number
  cursor: Cursor | null
}
export type Refusal = { status: 400 | 403; message: string }

const listOf = (value: unknown) =>
  typeof value === 'string' && value !== '' ? value.split(',') : undefined

/**
 * `types` (comma-separated; a type named twice counts once) and `locale` as a partner narrows
 * what it takes, within what its key may take: shared by the sync and the feeds. A locale it
 * does not know is told the partner's own languages, the only ones it may send.
 */
export const readScopeFilter = (
  query: Record<string, unknown>,
  scope: PartnerScope,
  words: PartnerMessages = partnerMessages,
): { types: PartnerContentType[]; locale: Locale | undefined } | Refusal => {
  if (scope.types.length === 0 || scope.locales.length === 0)
    return { status: 403, message: words.noContent }

  const types = [...new Set(listOf(query.types) ?? scope.types)]
  const unknownType = types.find((type) => !isPartnerContentType(type))
  if (unknownType !== undefined)
    return { status: 400, message: words.unknownType(unknownType, partnerContentTypeSlugs) }
  const outside = types.find((type) => !scope.types.includes(type as PartnerContentType))
  if (outside !== undefined)
    return { status: 403, message: words.outsideTypes(outside, scope.types) }

  const { locale } = query
  if (locale !== undefined && !isLocale(locale))
    return { status: 400, message: words.unknownLocale(String(locale), scope.locales) }
  if (locale !== undefined && !scope.locales.includes(locale))
    return { status: 403, message: words.outsideLocales(locale, scope.locales) }
  return { types: types as PartnerContentType[], locale }
}

/** `limit` as a whole number from 1 to `max`, or the default when it is left out. */
export const readLimit = (
  value: unknown,
  { fallback, max }: { fallback: number; max: number },
  words: PartnerMessages = partnerMessages,
): number | Refusal => {
  if (value === undefined) return fallback
  const limit = Number(value)
  if (typeof value !== 'string' || !/^\d+$/.test(value) || limit < 1 || limit > max)
    return { status: 400, message: words.limit(max) }
  return limit
}

/**
 * A partner's sync request read against its scope: `types` and `locale` narrow what it takes;
 * `limit` counts changes per page; `cursor` is what the last page returned (none: the first
 * sync, a full snapshot).
 */
export const readSyncRequest = (
  query: Record<string, unknown>,
  scope: PartnerScope,
  words: PartnerMessages = partnerMessages,
): SyncRequest | Refusal => {
  const filter = readScopeFilter(query, scope, words)
  if ('status' in filter) return filter
  const limit = readLimit(query.limit, { fallback: defaultSyncLimit, max: maxSyncLimit }, words)
  if (typeof limit !== 'number') return limit

  let cursor: Cursor | null = null
  if (query.cursor !== undefined) {
    cursor = typeof query.cursor === 'string' ? decodeCursor(query.cursor) : null
    if (!cursor || (cursor.mode === 'snapshot' && !isPartnerContentType(cursor.type)))
      return { status: 400, message: words.badCursor }
  }
  return {
    types: filter.types,
    locales: filter.locale !== undefined ? [filter.locale] : scope.locales,
    limit,
    cursor,
  }
}

export const syncFormats = ['partner', 'ninjs'] as const
export type SyncFormat = (typeof syncFormats)[number]

/** `format`: the partner API's own items (the default) or IPTC ninjs objects. */
export const readSyncFormat = (
  value: unknown,
  words: PartnerMessages = partnerMessages,
): SyncFormat | Refusal =>
  value === undefined
    ? 'partner'
    : syncFormats.includes(value as SyncFormat)
      ? (value as SyncFormat)
      : { status: 400, message: words.unknownFormat(String(value), syncFormats) }
