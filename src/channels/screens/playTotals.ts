import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { and, count, gte, lt, sum } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

export type PlayTotal = { id: string; plays: number; seconds: number }
export type PlayGrouping = 'poster' | 'location'
type Totals = { by: PlayGrouping; from: Date; to: Date }

/**
 * Plays and seconds on screen per poster or per station from `from` (inclusive) to `to`. Counted
 * by the database: hundreds of screens report millions of plays a month, which no list read could
 * carry, and Payload's API has no grouping, so each adapter gets its own short query.
 */
export const playTotals = async ({
  payload,
  by,
  from,
  to,
}: Totals & { payload: Payload }): Promise<PlayTotal[]> => {
  const rows =
    payload.db.name === 'mongoose'
      ? await mongoTotals({ db: payload.db as unknown as MongooseAdapter, by, from, to })
      : await sqlTotals({ db: payload.db as unknown as SQLiteAdapter, by, from, to })
  return rows
    .filter((row) => row._id != null)
    .map((row) => ({ id: String(row._id), plays: Number(row.plays), seconds: Number(row.seconds) }))
    .sort((a, b) => b.plays - a.plays || b.seconds - a.seconds || a.id.localeCompare(b.id))
}

const sqlTotals = ({ db, by, from, to }: Totals & { db: SQLiteAdapter }) => {
  const plays = db.tables.plays
  // Payload stores dates as ISO text, which sorts as time does.
  return db.drizzle
    .select({ _id: plays[by], plays: count(), seconds: sum(plays.durationSeconds) })
    .from(plays)
    .where(and(gte(plays.startedAt, from.toISOString()), lt(plays.startedAt, to.toISOString())))
    .groupBy(plays[by])
}

const mongoTotals = async ({ db, by, from, to }: Totals & { db: MongooseAdapter }) => {
  const match = { $match: { startedAt: { $gte: from, $lt: to } } }
  // One accumulator per $group: FerretDB 1.x (the MongoDB test run) answers 0 for any other.
  const [counts, seconds] = await Promise.all(
    [1, '$durationSeconds'].map((value) =>
      db.collections.plays.aggregate<{ _id: unknown; total: number }>([
        match,
        { $group: { _id: `$${by}`, total: { $sum: value } } },
      ]),
    ),
  )
  const secondsOf = new Map(seconds.map((row) => [String(row._id), row.total]))
  return counts.map((row) => ({
    _id: row._id,
    plays: row.total,
    seconds: secondsOf.get(String(row._id)) ?? 0,
  }))
}
