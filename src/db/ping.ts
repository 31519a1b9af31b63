import type { Payload } from 'payload'

type SqliteDb = {
  name: string
  client: { execute: (sql: string) => Promise<unknown> }
}
type MongoDb = {
  name: string
  connection: {
    db?: { command: (cmd: object) => Promise<unknown> }
    getClient: () => { options: { replicaSet?: string } }
  }
}

/** Transactions need a replica set; mongodb+srv URLs learn theirs from DNS, hence the client. */
export const hasReplicaSet = (payload: Payload): boolean =>
  Boolean((payload.db as unknown as MongoDb).connection.getClient().options.replicaSet)

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
    ),
  ])

/**
 * Throws unless the database answers a query now. Whether the embedded file is still the one
 * opened, and whether it takes writes, are asked separately (src/db/sqliteConnection.ts).
 */
export const pingDatabase = async (payload: Payload, timeoutMs = 2000): Promise<void> => {
  if (payload.db.name === 'mongoose') {
    const { connection } = payload.db as unknown as MongoDb
    if (!connection.db) throw new Error('not connected')
    await withTimeout(connection.db.command({ ping: 1 }), timeoutMs)
    return
  }
  const db = payload.db as unknown as SqliteDb
  await withTimeout(db.client.execute('select count(*) from payload_migrations'), timeoutMs)
}
