import { expect } from 'vitest'

import type { ApiClient } from './api'

type SyncItem = {
  action: 'upsert' | 'delete'
  type: string
  id: string
  locale: string
  item?: { title: string } & Record<string, unknown>
}

/**
 * A partner's copy of the campaign built only from sync pages, as a partner's importer would:
 * upserts replace, tombstones delete, and it remembers its cursor between runs.
 */
export const partnerReplica = (
  api: ApiClient,
  headers: Record<string, string>,
  query: Record<string, string> = {},
) => {
  const items = new Map<string, SyncItem['item']>()
  let cursor: string | undefined
  const received: SyncItem[] = []
  return {
    items,
    received,
    /** Follows nextCursor until the API says there is no more for now. */
    async sync() {
      for (let pages = 0; pages < 1000; pages++) {
        const search = new URLSearchParams({ ...query, ...(cursor ? { cursor } : {}) })
        const page = await api.get(`/api/partners/sync?${search}`, { headers })
        expect(page.status, JSON.stringify(page.body)).toBe(200)
        for (const entry of page.body.items as SyncItem[]) {
          received.push(entry)
          const key = `${entry.type}:${entry.id}:${entry.locale}`
          if (entry.action === 'upsert') items.set(key, entry.item)
          else items.delete(key)
        }
        cursor = page.body.nextCursor
        if (!page.body.hasMore) return
      }
      throw new Error('sync never finished')
    },
    /** "type:id:locale" → title, sorted: easy to compare. */
    titles() {
      return Object.fromEntries(
        [...items].sort(([a], [b]) => a.localeCompare(b)).map(([key, item]) => [key, item?.title]),
      )
    },
  }
}
