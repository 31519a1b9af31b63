import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Payload,
  PayloadRequest,
  Where,
} from 'payload'

import { isPartnerContentType, type PartnerContentType } from '@/access/partnerScope'

/**
 * Changes are read only once they are this old: a change is stamped inside its transaction and
 * may commit a moment later, after a partner has read past its time. Waiting this long before
 * handing a change out means no commit can land behind a partner's cursor.
 */
export const settleMs = 2000

export type ChangeEntry = { type: PartnerContentType; itemId: string; position: string }

const itemKey = (type: string, id: string | number) => `${type}:${id}`

/** Moves an item to the end of the log (one entry per item, so the log grows with the library). */
export const recordChange = async (
  req: PayloadRequest,
  type: PartnerContentType,
  id: string | number,
) => {
  const item = itemKey(type, id)
  await req.payload.db.upsert({
    collection: 'content-changes',
    where: { item: { equals: item } },
    data: { item, type, itemId: String(id), position: `${new Date().toISOString()}~${item}` },
    req,
    returning: false,
  })
}

/**
 * A write of the live version (a consent narrowed on a live story, say). Draft saves change
 * nothing a partner can see and stay out of the log; workflow actions that take an item down
 * log themselves (src/workflow/applyTransition.ts).
 */
export const logLiveChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (doc?._status === 'published' && isPartnerContentType(collection.slug))
    await recordChange(req, collection.slug, doc.id)
  return doc
}

export const logLiveDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (doc?._status === 'published' && isPartnerContentType(collection.slug))
    await recordChange(req, collection.slug, doc.id)
}

/** The settled entries after `position` for these types, in log order: one more than `limit`. */
export const changesAfter = async (
  payload: Payload,
  { after, types, limit, now }: { after: string; types: string[]; limit: number; now: Date },
): Promise<ChangeEntry[]> => {
  const where: Where = {
    and: [
      { position: { greater_than: after } },
      { position: { less_than: settledPosition(now) } },
      { type: { in: types } },
    ],
  }
  const { docs } = await payload.db.find({
    collection: 'content-changes',
    where,
    sort: 'position',
    limit: limit + 1,
    pagination: false,
  })
  return (docs as unknown as ChangeEntry[]).map(({ type, itemId, position }) => ({
    type,
    itemId,
    position,
  }))
}

/** Everything before this position is settled now: a first sync goes on from here. */
export const settledPosition = (now: Date) => new Date(now.getTime() - settleMs).toISOString()
