import type { FeedRequest } from './feedRequest'
import type { ItemView } from './itemView'
import { readAsPartner, type PartnerReadContext } from './readAsPartner'

/**
 * The latest items the partner may read in one language, newest change first: the latest of each
 * type, merged. Ties fall back to the uri so the order, and so the ETag, stays put.
 */
export const latestItems = async (
  context: PartnerReadContext,
  { types, locale, limit }: FeedRequest,
): Promise<ItemView[]> => {
  const perType = await Promise.all(
    types.map((type) => readAsPartner(context, type, locale, {}, limit, '-updatedAt')),
  )
  return perType
    .flat()
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.uri.localeCompare(b.uri))
    .slice(0, limit)
}
