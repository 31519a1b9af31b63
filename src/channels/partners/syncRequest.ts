import { isLocale, type Locale } from '@/i18n/locales'

import { decodeCursor, type Cursor } from './cursor'
import {
  isPartnerContentType,
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
 * `types` (comma-separated) and `locale` as a partner narrows what it takes, within what its key
 * may take: shared by the sync and the feeds.
 */
export const readScopeFilter = (
  query: Record<string, unknown>,
  scope: PartnerScope,
): { types: PartnerContentType[]; locale: Locale | undefined } | Refusal => {
  if (scope.types.length === 0 || scope.locales.length === 0)
    return {
      status: 403,
      message:
        'This partner may take no content: ask the campaign to set its content types and languages.',
    }

  const types = listOf(query.types) ?? scope.types
  const unknownType = types.find((type) => !isPartnerContentType(type))
  if (unknownType !== undefined)
    return {
      status: 400,
      message: `Unknown content type "${unknownType}": use stories, articles, videos or posters.`,
    }
  const outside = types.find((type) => !scope.types.includes(type as PartnerContentType))
  if (outside !== undefined)
    return {
      status: 403,
      message: `This partner does not take ${outside}: it takes ${scope.types.join(', ')}.`,
    }

  const { locale } = query
  if (locale !== undefined && !isLocale(locale))
    return {
      status: 400,
      message: `Unknown locale "${String(locale)}": use one of ${scope.locales.join(', ')}.`,
    }
  if (locale !== undefined && !scope.locales.includes(locale))
    return {
      status: 403,
      message: `This partner does not take "${locale}": it takes ${scope.locales.join(', ')}.`,
    }
  return { types: types as PartnerContentType[], locale }
}

/** `limit` as a whole number from 1 to `max`, or the default when it is left out. */
export const readLimit = (
  value: unknown,
  { fallback, max }: { fallback: number; max: number },
): number | Refusal => {
  if (value === undefined) return fallback
  const limit = Number(value)
  if (typeof value !== 'string' || !/^\d+$/.test(value) || limit < 1 || limit > max)
    return { status: 400, message: `"limit" must be a whole number from 1 to ${max}.` }
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
): SyncRequest | Refusal => {
  const filter = readScopeFilter(query, scope)
  if ('status' in filter) return filter
  const limit = readLimit(query.limit, { fallback: defaultSyncLimit, max: maxSyncLimit })
  if (typeof limit !== 'number') return limit

  let cursor: Cursor | null = null
  if (query.cursor !== undefined) {
    cursor = typeof query.cursor === 'string' ? decodeCursor(query.cursor) : null
    if (!cursor || (cursor.mode === 'snapshot' && !isPartnerContentType(cursor.type)))
      return {
        status: 400,
        message:
          '"cursor" is not one this API handed out: send back nextCursor exactly, or leave it out to start again with a full snapshot.',
      }
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
export const readSyncFormat = (value: unknown): SyncFormat | Refusal =>
  value === undefined
    ? 'partner'
    : syncFormats.includes(value as SyncFormat)
      ? (value as SyncFormat)
      : {
          status: 400,
          message: `Unknown format "${String(value)}": use ${syncFormats.join(' or ')}.`,
        }
