import type { Payload } from 'payload'

import { statusUpsertStatement, type SeenRow } from './statusUpsert'

type SqliteDb = {
  client: { execute: (statement: { sql: string; args: unknown[] }) => Promise<unknown> }
}
type MongoDb = {
  collections: Record<string, { bulkWrite: (ops: object[], options: object) => Promise<unknown> }>
}

/**
 * Writes the screens' status as one database write: one statement on SQLite, one bulkWrite on
 * MongoDB (whose model adds createdAt and updatedAt). Either it all lands or the caller keeps it
 * all: each row sets a screen's latest values, so writing one again is harmless.
 */
export const writeStatusBatch = async (payload: Payload, rows: SeenRow[]): Promise<void> => {
  if (rows.length === 0) return
  if (payload.db.name === 'mongoose') {
    await (payload.db as unknown as MongoDb).collections['screen-status'].bulkWrite(
      rows.map(({ screenId, version, at }) => ({
        updateOne: {
          filter: { screen: screenId },
          update: { $set: { lastSeenAt: at, lastPlaylistVersion: version } },
          upsert: true,
        },
      })),
      { ordered: false },
    )
    return
  }
  await (payload.db as unknown as SqliteDb).client.execute(statusUpsertStatement(rows, new Date()))
}
