import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import { entriesAfter, ledgerHead } from '@/ledger/follow'

import { encodeCursor } from './cursor'
import { itemsUsingMedia } from './itemsUsingMedia'
import type { ItemView } from './itemView'
import { readAsPartner, type PartnerReadContext as Context } from './readAsPartner'
import type { PartnerContentType } from '@/access/partnerScope'
import type { SyncRequest } from './syncRequest'

export type SyncItem =
  | { action: 'upsert'; type: PartnerContentType; id: string; locale: Locale; item: ItemView }
  | { action: 'delete'; type: PartnerContentType; id: string; locale: Locale }

export type SyncPage = { items: SyncItem[]; nextCursor: string; hasMore: boolean }

/** SQLite's ids are numbers, MongoDB's strings: the log keeps them as text. */
const idValue = (payload: Payload, id: string) =>
  payload.db.defaultIDType === 'number' && /^\d+$/.test(id) ? Number(id) : id

const upsert = (item: ItemView): SyncItem => ({
  action: 'upsert',
  type: item.type,
  id: item.id,
  locale: item.locale,
  item,
})

/**
 * A first sync: every item the partner may read now, type by type and language by language in
 * id order, then on to the changes made since the snapshot began.
 */
const snapshotPage = async (
  context: Context,
  request: SyncRequest,
  start: { from: number; type: PartnerContentType; locale: string; afterId: string },
): Promise<SyncPage | { refusal: string }> => {
  const pairs = request.types.flatMap((type) => request.locales.map((locale) => ({ type, locale })))
  let index = pairs.findIndex(({ type, locale }) => type === start.type && locale === start.locale)
  if (index < 0)
    return {
      refusal:
        'This cursor was handed out for other types or languages: send the same `types` and `locale` as when you started, or leave the cursor out to start again.',
    }
  let afterId = start.afterId
  const items: SyncItem[] = []
  while (index < pairs.length && items.length < request.limit) {
    const { type, locale } = pairs[index]
    const wanted = request.limit - items.length
    const views = await readAsPartner(
      context,
      type,
      locale,
      afterId === '' ? {} : { id: { greater_than: idValue(context.payload, afterId) } },
      wanted,
      'id',
    )
    items.push(...views.map(upsert))
    if (views.length === wanted) afterId = views[views.length - 1].id
    else {
      index += 1
      afterId = ''
    }
  }
  const nextCursor =
    index < pairs.length
      ? encodeCursor({ mode: 'snapshot', from: start.from, ...pairs[index], afterId })
      : encodeCursor({ mode: 'changes', after: start.from })
  // Done with the snapshot: the changes since it began may already be waiting.
  return { items, nextCursor, hasMore: true }
}

/**
 * The changes after a cursor: for each item the ledger names, in ledger order, what the partner
 * should now hold in each language — the item, or a tombstone when it may no longer read it
 * (unpublished, withdrawn, consent narrowed or run out, archived, deleted, out of its scope).
 * The cost follows the number of changes, not the size of the library.
 */
const changesPage = async (
  context: Context,
  request: SyncRequest,
  after: number,
): Promise<SyncPage> => {
  const found = await entriesAfter(context.payload, {
    position: after,
    // Settings and images change how items read too (the hotline, an image's alt text).
    types: [...request.types, 'settings', 'media'],
    limit: request.limit + 1,
  })
  // A settings change (the hotline every item carries) changes every item: the partner is sent
  // all of them again, by the snapshot's pages, and then the changes after it.
  const settingsAt = found.findIndex((entry) => entry.type === 'settings')
  if (settingsAt === 0)
    return snapshotPage(context, request, {
      from: found[0].position,
      type: request.types[0],
      locale: request.locales[0],
      afterId: '',
    }) as Promise<SyncPage>
  const entries = found.slice(0, settingsAt > 0 ? settingsAt : request.limit)
  const items = entries.filter((entry) => entry.type !== 'media')
  const usingMedia = await itemsUsingMedia(context.payload, {
    types: request.types,
    locales: request.locales,
    mediaIds: entries.flatMap((entry) => (entry.type === 'media' ? [entry.itemId!] : [])),
  })
  // An item named twice in the page is sent once, as it is now.
  const changed = [
    ...new Map(
      [...items, ...usingMedia].map((entry) => [`${entry.type}:${entry.itemId}`, entry]),
    ).values(),
  ]
  const visible = new Map<string, ItemView>()
  for (const type of request.types) {
    const ids = changed.filter((entry) => entry.type === type).map((entry) => entry.itemId!)
    if (ids.length === 0) continue
    for (const locale of request.locales) {
      const where = { id: { in: ids.map((id) => idValue(context.payload, id)) } }
      for (const view of await readAsPartner(context, type, locale, where, ids.length, 'id'))
        visible.set(`${type}:${view.id}:${locale}`, view)
    }
  }
  const page = changed.flatMap(({ type, itemId }) =>
    request.locales.map((locale): SyncItem => {
      const view = visible.get(`${type}:${itemId}:${locale}`)
      return view
        ? upsert(view)
        : { action: 'delete', type: type as PartnerContentType, id: itemId!, locale }
    }),
  )
  const last = entries[entries.length - 1]
  return {
    items: page,
    nextCursor: encodeCursor({ mode: 'changes', after: last?.position ?? after }),
    hasMore: settingsAt > 0 || found.length > request.limit,
  }
}

export const syncPage = async (context: Context, request: SyncRequest) => {
  const { cursor } = request
  if (cursor?.mode === 'changes') return changesPage(context, request, cursor.after)
  return snapshotPage(
    context,
    request,
    cursor ?? {
      // Whatever changes while the snapshot is read comes after it, from the ledger.
      from: await ledgerHead(context.payload),
      type: request.types[0],
      locale: request.locales[0],
      afterId: '',
    },
  )
}
