// Partner sync at two library sizes: 100 changes synced from a cursor in a library of 1,000
// items, then of 10,000 (the cost should follow the changes, not the library: ratio ≈ 1), and a
// first sync of all 10,000 (a full snapshot, pages of 500). Runs the sync itself on a real
// Payload and database, in process; writes sync100of1k, sync100of10k, fullSync10k to
// bench/results.json (git-ignored).
import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'

import { decodeCursor } from '@/channels/partners/cursor'
import { syncPage } from '@/channels/partners/sync'
import { readSyncRequest } from '@/channels/partners/syncRequest'
import { partnerScope } from '@/access/partnerScope'
import { recordPublication } from '@/ledger/record'

import { startPayload } from '../tests/helpers/payload'
import { median, saveResults } from './results'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const { payload, stop } = await startPayload()

/** One article republished, as the workflow records it in the publication ledger. */
const recordChange = (req: Parameters<typeof recordPublication>[0], id: string | number) =>
  recordPublication(req, { change: 'published', type: 'articles', itemId: id, languages: ['az'] })

/** Published articles written straight to the database, each with its ledger entry. */
const addLibrary = async (payload: Payload, count: number, from: number) => {
  for (let batch = 0; batch < count; batch += 1000) {
    const req = await createLocalReq({ locale: 'az' }, payload)
    await initTransaction(req)
    for (let i = from + batch; i < from + Math.min(batch + 1000, count); i++) {
      const doc = await payload.db.create({
        collection: 'articles',
        req,
        data: {
          title: `Məqalə ${i}`,
          excerpt: `Saxta iş elanları barədə ${i}`,
          _status: 'published',
          workflow: { stage: 'published', publishedLocales: ['az'] },
        },
      })
      await recordChange(req, doc.id)
    }
    await commitTransaction(req)
  }
}

try {
  const partnerDoc = await payload.create({
    collection: 'partners',
    data: { name: 'Bench', contentTypes: ['articles'], languages: ['az'] },
  })
  const partner = { ...partnerDoc, collection: 'partners' } as never
  const request = (query: Record<string, string>) => {
    const read = readSyncRequest(query, partnerScope(partner))
    if ('status' in read) throw new Error(read.message)
    return read
  }
  const context = () => ({
    payload,
    partner,
    now: new Date(),
    hotline: () => ['Qaynar xətt: 152'],
    pages: () => ({}),
    fileUrl: (name: string) => `https://xeberdar.example.az/api/media/file/${name}`,
    apiUrl: 'https://xeberdar.example.az/api',
  })
  /** Syncs from `cursor` until there is no more; returns the items and the last cursor. */
  const syncAll = async (query: Record<string, string>) => {
    let cursor = query.cursor
    let items = 0
    for (;;) {
      const page = await syncPage(context(), request({ ...query, ...(cursor ? { cursor } : {}) }))
      if ('refusal' in page) throw new Error(page.refusal)
      items += page.items.length
      cursor = page.nextCursor
      if (!page.hasMore) return { items, cursor }
    }
  }
  /** 100 items change; the partner syncs from where it was. Median of `runs`, in ms. */
  const syncOf100Changes = async (library: number) => {
    const times: number[] = []
    let { cursor } = await syncAll({ limit: '500' })
    for (let run = 0; run < runs; run++) {
      const { docs } = await payload.db.find({
        collection: 'articles',
        limit: 100,
        page: run + 1,
        sort: '-id',
      })
      const req = await createLocalReq({}, payload)
      for (const doc of docs) await recordChange(req, doc.id)
      const started = performance.now()
      const synced = await syncAll({ cursor, limit: '100' })
      times.push(performance.now() - started)
      if (synced.items !== 100)
        throw new Error(`${synced.items} items synced in a library of ${library}`)
      cursor = synced.cursor
    }
    if (decodeCursor(cursor)?.mode !== 'changes') throw new Error('sync ended outside the ledger')
    return Math.round(median(times) * 10) / 10
  }

  await addLibrary(payload, 1000, 0)
  const sync100of1k = { ms: await syncOf100Changes(1000) }
  await addLibrary(payload, 9000, 1000)
  const sync100of10k = { ms: await syncOf100Changes(10000) }
  const started = performance.now()
  const full = await syncAll({ limit: '500' })
  const fullSync10k = { ms: Math.round(performance.now() - started) }
  if (full.items !== 10000) throw new Error(`the first sync gave ${full.items} items, not 10000`)

  console.log(
    `\nPartner sync (${payload.db.name}, median of ${runs} runs; pages of 100 changes, snapshot pages of 500)\n`,
  )
  console.log('| what | ms |\n|---|---|')
  console.log(`| 100 changes, library of 1,000 | ${sync100of1k.ms} |`)
  console.log(`| 100 changes, library of 10,000 | ${sync100of10k.ms} |`)
  console.log(`| first sync, library of 10,000 | ${fullSync10k.ms} |`)
  console.log(
    `\n10k ÷ 1k for 100 changes: ${(sync100of10k.ms / sync100of1k.ms).toFixed(2)} (≈ 1: the cost follows the changes)`,
  )
  saveResults({ sync100of1k, sync100of10k, fullSync10k })
} finally {
  await stop()
}
