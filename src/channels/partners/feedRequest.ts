import type { Locale } from '@/i18n/locales'

import type { PartnerScope } from '@/access/partnerScope'
import { partnerMessages, type PartnerMessages } from './messages'
import { readLimit, readScopeFilter, type Refusal } from './syncRequest'
import type { PartnerContentType } from '@/access/partnerScope'

export const defaultFeedLimit = 50
export const maxFeedLimit = 100

export type FeedRequest = { types: PartnerContentType[]; locale: Locale; limit: number }

/**
 * A feed request read against the partner's scope: one language (`locale`, by default the
 * partner's first), `types` like the sync, and how many of the latest items (`limit`).
 */
export const readFeedRequest = (
  query: Record<string, unknown>,
  scope: PartnerScope,
  words: PartnerMessages = partnerMessages,
): FeedRequest | Refusal => {
  const filter = readScopeFilter(query, scope, words)
  if ('status' in filter) return filter
  const limit = readLimit(query.limit, { fallback: defaultFeedLimit, max: maxFeedLimit }, words)
  if (typeof limit !== 'number') return limit
  return { types: filter.types, locale: filter.locale ?? scope.locales[0], limit }
}
