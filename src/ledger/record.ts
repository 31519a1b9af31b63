import type { PayloadRequest } from 'payload'

import { announceLedgerEntry } from './announce'
import { concernsChannel, ledgerRow, type LedgerChannel, type LedgerEntryInput } from './changes'

/** A consumer woken by new entries: the job that follows the ledger for its channel. */
export type LedgerFollower = { task: string; queue: string; channel: LedgerChannel }

/** The followers payload.config lists (channels own them; the ledger only wakes them). */
const followersOf = (req: PayloadRequest) =>
  (req.payload.config.custom?.ledgerFollowers ?? []) as LedgerFollower[]

const isDuplicatePosition = (err: unknown) =>
  /unique|duplicate|E11000/i.test(
    `${(err as Error)?.message} ${JSON.stringify((err as { data?: unknown })?.data ?? '')}`,
  )

/** The next position: one past the last entry, read in the writer's transaction. */
const nextPosition = async (req: PayloadRequest) => {
  const { docs } = await req.payload.db.find({
    collection: 'publication-ledger',
    sort: '-position',
    limit: 1,
    pagination: false,
    req,
  })
  return Number((docs[0] as { position?: number } | undefined)?.position ?? 0) + 1
}

/**
 * Queues one run of a follower's job in the caller's transaction, unless one is already waiting:
 * a burst of changes wakes it once, and a change rolled back wakes nobody.
 */
const wake = async (req: PayloadRequest, { task, queue }: LedgerFollower) => {
  const { totalDocs } = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: task } },
        // A scheduled run waits for its minute: it does not count as waiting now.
        {
          or: [
            { waitUntil: { exists: false } },
            { waitUntil: { less_than_equal: new Date().toISOString() } },
          ],
        },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0)
    await req.payload.jobs.queue({ task: task as never, queue, input: {} as never, req })
}

/**
 * Writes one ledger entry in the caller's transaction, after the change it records: the entry
 * commits with the change or not at all. Inside a transaction the change's own write already
 * holds the database's write lock (SQLite) or conflicts with any other writer of the next
 * position (a MongoDB replica set), so positions commit in order; without transactions a taken
 * position is refused by its unique index and the next one is tried.
 */
export const recordPublication = async (req: PayloadRequest, input: LedgerEntryInput) => {
  const now = new Date()
  for (let attempt = 1; ; attempt++) {
    const row = ledgerRow(input, { position: await nextPosition(req), now })
    try {
      await req.payload.db.create({ collection: 'publication-ledger', data: row, req })
      await req.payload.updateGlobal({
        slug: 'ledger-head',
        data: { position: row.position },
        overrideAccess: true,
        req,
      })
      for (const follower of followersOf(req))
        if (concernsChannel(row, follower.channel)) await wake(req, follower)
      announceLedgerEntry(row.position)
      return row
    } catch (err) {
      if (req.transactionID || attempt >= 5 || !isDuplicatePosition(err)) throw err
    }
  }
}
