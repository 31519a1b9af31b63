import type { FeedRequest } from './feedRequest'
import type { ItemView } from './itemView'
import { readAsPartner, viewsOf, type PartnerReadContext } from './readAsPartner'

/**
 * The latest items the partner may read in one language, newest change first: the latest of each
 * type, merged. Ties fall back to type and id so the order, and so the ETag, stays put.
 */
export const latestItems = async (
  context: PartnerReadContext,
  { types, locale, limit }: FeedRequest,
): Promise<ItemView[]> => {
  const perType = await Promise.all(
    types.map((type) => readAsPartner(context, type, locale, {}, limit, '-updatedAt')),
  )
  const order = ({ type, doc }: (typeof perType)[number][number]) =>
    [String(doc.updatedAt), `${type}/${String(doc.id)}`] as const
  const latest = perType
    .flat()
    .map((item) => ({ item, order: order(item) }))
    .sort((a, b) => b.order[0].localeCompare(a.order[0]) || a.order[1].localeCompare(b.order[1]))
    .slice(0, limit)
  return viewsOf(
    context,
    latest.map(({ item }) => item),
  )
}
