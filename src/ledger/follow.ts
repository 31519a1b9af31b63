import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { withTransaction } from '@/http/transaction'

import type { LedgerEntry } from './changes'

/** How far `consumer` has followed the ledger (0 before its first run: it starts at the beginning). */
export const positionOf = async (req: PayloadRequest, consumer: string) => {
  const { docs } = await req.payload.db.find({
    collection: 'ledger-positions',
    where: { consumer: { equals: consumer } },
    limit: 1,
    pagination: false,
    req,
  })
  return Number((docs[0] as { position?: number } | undefined)?.position ?? 0)
}

const savePosition = async (req: PayloadRequest, consumer: string, position: number) => {
  await req.payload.db.upsert({
    collection: 'ledger-positions',
    where: { consumer: { equals: consumer } },
    data: { consumer, position },
    req,
    returning: false,
  })
}

/** Records that `consumer` has done the work of every entry up to `position`. */
export const markFollowed = async (payload: Payload, consumer: string, position: number) =>
  savePosition(await createLocalReq({}, payload), consumer, position)

/** The entries after `position`, in ledger order. */
export const entriesAfter = async (
  payload: Payload,
  {
    position,
    limit,
    types,
    req,
  }: { position: number; limit: number; types?: readonly string[]; req?: PayloadRequest },
): Promise<LedgerEntry[]> => {
  const { docs } = await payload.db.find({
    collection: 'publication-ledger',
    where: {
      and: [
        { position: { greater_than: position } },
        ...(types ? [{ type: { in: [...types] } }] : []),
      ],
    },
    sort: 'position',
    limit,
    pagination: false,
    req,
  })
  return docs as unknown as LedgerEntry[]
}

/** The last position written (0 for an empty ledger). */
export const ledgerHead = async (payload: Payload) =>
  Number(
    ((await payload.db.findGlobal({ slug: 'ledger-head' })) as { position?: number } | undefined)
      ?.position ?? 0,
  )

/**
 * Hands a consumer the entries after its position, a batch at a time, and moves its position
 * past them once `handle` is done.
 * - `atomic`: the batch's writes and the new position commit together (a webhook is queued once
 *   per entry, whatever crashes when).
 * - otherwise the work is done first and the position saved after: a crash repeats the batch,
 *   which suits idempotent work too long to hold the database's write lock (print's sweep).
 */
export const followLedger = async (
  payload: Payload,
  {
    consumer,
    atomic,
    batch = 100,
    handle,
  }: {
    consumer: string
    atomic: boolean
    batch?: number
    handle: (entries: LedgerEntry[], req: PayloadRequest) => Promise<void>
  },
) => {
  let followed = 0
  for (;;) {
    const req = await createLocalReq({}, payload)
    const followBatch = async () => {
      const position = await positionOf(req, consumer)
      const entries = await entriesAfter(payload, { position, limit: batch, req })
      if (entries.length) {
        await handle(entries, req)
        await savePosition(req, consumer, entries[entries.length - 1].position)
      }
      return entries.length
    }
    const count = atomic ? await withTransaction(req, followBatch) : await followBatch()
    followed += count
    if (count < batch) return followed
  }
}
