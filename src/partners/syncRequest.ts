import { isLocale, type Locale } from '@/i18n/locales'

import { decodeCursor, type Cursor } from './cursor'
import { isPartnerContentType, type PartnerContentType, type PartnerScope } from './scope'

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
 * A partner's sync request read against its scope: `types` (comma-separated) and `locale` narrow
 * what it takes, within what its key may take; `limit` counts changes per page; `cursor` is what
 * the last page returned (none: the first sync, a full snapshot).
 */
export const readSyncRequest = (
  query: Record<string, unknown>,
  scope: PartnerScope,
): SyncRequest | Refusal => {
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

  let limit = defaultSyncLimit
  if (query.limit !== undefined) {
    limit = Number(query.limit)
    if (
      typeof query.limit !== 'string' ||
      !/^\d+$/.test(query.limit) ||
      limit < 1 ||
      limit > maxSyncLimit
    )
      return { status: 400, message: `"limit" must be a whole number from 1 to ${maxSyncLimit}.` }
  }

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
    types: types as PartnerContentType[],
    locales: locale !== undefined ? [locale] : scope.locales,
    limit,
    cursor,
  }
}
