import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { and, count, gte, lt, sum } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

export type PlayTotal = { id: string; plays: number; seconds: number }
export type PlayGrouping = 'poster' | 'location'

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
}: {
  payload: Payload
  by: PlayGrouping
  from: Date
  to: Date
}): Promise<PlayTotal[]> => {
  const rows =
    payload.db.name === 'mongoose'
      ? await (payload.db as unknown as MongooseAdapter).collections.plays.aggregate<{
          _id: unknown
          plays: number
          seconds: number
        }>([
          { $match: { startedAt: { $gte: from, $lt: to } } },
          { $group: { _id: `$${by}`, plays: { $sum: 1 }, seconds: { $sum: '$durationSeconds' } } },
        ])
      : await sqlTotals({ db: payload.db as unknown as SQLiteAdapter, by, from, to })
  return rows
    .filter((row) => row._id != null)
    .map((row) => ({ id: String(row._id), plays: Number(row.plays), seconds: Number(row.seconds) }))
    .sort((a, b) => b.plays - a.plays || b.seconds - a.seconds || a.id.localeCompare(b.id))
}

const sqlTotals = ({
  db,
  by,
  from,
  to,
}: {
  db: SQLiteAdapter
  by: PlayGrouping
  from: Date
  to: Date
}) => {
  const plays = db.tables.plays
  // Payload stores dates as ISO text, which sorts as time does.
  return db.drizzle
    .select({ _id: plays[by], plays: count(), seconds: sum(plays.durationSeconds) })
    .from(plays)
    .where(and(gte(plays.startedAt, from.toISOString()), lt(plays.startedAt, to.toISOString())))
    .groupBy(plays[by])
}
