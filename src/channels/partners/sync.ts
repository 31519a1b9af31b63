import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import { entriesAfter, ledgerHead } from '@/ledger/follow'

import { encodeCursor } from './cursor'
import { itemsUsingMedia } from './itemsUsingMedia'
import type { ItemView } from './itemView'
import {
  readAsPartner,
  viewsOf,
  type PartnerDoc,
  type PartnerReadContext as Context,
} from './readAsPartner'
import type { PartnerContentType } from '@/access/partnerScope'
import type { SyncRequest } from './syncRequest'

export type SyncItem =
  | { action: 'upsert'; type: PartnerContentType; id: string; locale: Locale; item: ItemView }
  | {
      action: 'delete'
      type: PartnerContentType
      id: string
      locale: Locale
      /** When the ledger recorded the change that took the item away, in ms (not sent as is). */
      takenAwayAt: number
    }

export type SyncPage = { items: SyncItem[]; nextCursor: string; hasMore: boolean }

/** SQLite's ids are numbers, MongoDB's strings: the log keeps them as text. */
const idValue = (payload: Payload, id: string) =>
  payload.db.defaultIDType === 'number' && /^\d+$/.test(id) ? Number(id) : id

/** A time in ms, whether the database hands it back as text or as a Date. */
const timeOf = (time: string | number | Date) => new Date(time).getTime()

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
): Promise<SyncPage | { refusal: 'cursorForOtherFilters' }> => {
  const pairs = request.types.flatMap((type) => request.locales.map((locale) => ({ type, locale })))
  let index = pairs.findIndex(({ type, locale }) => type === start.type && locale === start.locale)
  if (index < 0) return { refusal: 'cursorForOtherFilters' }
  let afterId = start.afterId
  const read: PartnerDoc[] = []
  while (index < pairs.length && read.length < request.limit) {
    const { type, locale } = pairs[index]
    const wanted = request.limit - read.length
    const docs = await readAsPartner(
      context,
      type,
      locale,
      afterId === '' ? {} : { id: { greater_than: idValue(context.payload, afterId) } },
      wanted,
      'id',
    )
    read.push(...docs)
    if (docs.length === wanted) afterId = String(docs[docs.length - 1].doc.id)
    else {
      index += 1
      afterId = ''
    }
  }
  const nextCursor =
    index < pairs.length
      ? encodeCursor({ mode: 'snapshot', from: start.from, ...pairs[index], afterId })
      : encodeCursor({ mode: 'changes', after: start.from })
  const items = (await viewsOf(context, read)).map(upsert)
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
  const mediaEntries = entries.filter((entry) => entry.type === 'media')
  const mediaChangedAt = Math.max(...mediaEntries.map((entry) => timeOf(entry.recordedAt)))
  const usingMedia = (
    await itemsUsingMedia(context.payload, {
      types: request.types,
      locales: request.locales,
      mediaIds: mediaEntries.map((entry) => entry.itemId!),
    })
  ).map((item) => ({ ...item, recordedAt: mediaChangedAt }))
  // An item named twice in the page is sent once, as it is now, in the place it was first named.
  const changed = new Map<string, { type: string; itemId: string; recordedAt: number }>()
  for (const entry of [...items, ...usingMedia]) {
    const key = `${entry.type}:${entry.itemId}`
    const recordedAt = timeOf(entry.recordedAt)
    changed.set(key, {
      type: entry.type,
      itemId: entry.itemId!,
      recordedAt: Math.max(recordedAt, changed.get(key)?.recordedAt ?? 0),
    })
  }
  const read: PartnerDoc[] = []
  for (const type of request.types) {
    const ids = [...changed.values()].flatMap((entry) =>
      entry.type === type ? [entry.itemId] : [],
    )
    if (ids.length === 0) continue
    for (const locale of request.locales) {
      const where = { id: { in: ids.map((id) => idValue(context.payload, id)) } }
      read.push(...(await readAsPartner(context, type, locale, where, ids.length, 'id')))
    }
  }
  const visible = new Map<string, ItemView>(
    (await viewsOf(context, read)).map((view) => [`${view.type}:${view.id}:${view.locale}`, view]),
  )
  const page = [...changed.values()].flatMap(({ type, itemId, recordedAt }) =>
    request.locales.map((locale): SyncItem => {
      const view = visible.get(`${type}:${itemId}:${locale}`)
      return view
        ? upsert(view)
        : {
            action: 'delete',
            type: type as PartnerContentType,
            id: itemId,
            locale,
            takenAwayAt: recordedAt,
          }
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
