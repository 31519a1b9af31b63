import { createClient, type Client } from '@libsql/client'
import type { Payload } from 'payload'
import { fileURLToPath } from 'url'

import { databaseMessages } from '@/http/messages'

import { databaseFileState, fileIdentity, type FileIdentity } from './fileIdentity'
import { isWriteStatement } from './isWriteStatement'
import { isDatabaseBusy, waitWhileBusy } from './waitWhileBusy'

type SqliteDb = { name: string; clientConfig: { url: string }; client: Client }

// On the adapter itself: the server's bundle and Next's bundle share it, not this module.
const opened = Symbol.for('xeberdar.openedDatabaseFile')
type Prepared = SqliteDb & { [opened]?: { file: string; identity: FileIdentity } }

const sqliteOf = (payload: Payload): Prepared | null =>
  payload.db.name === 'sqlite' ? (payload.db as unknown as Prepared) : null

// What Payload and Drizzle call on the client; each goes to the connection in use.
const delegated = [
  'execute',
  'batch',
  'migrate',
  'transaction',
  'executeMultiple',
  'close',
] as const
type Connection = Record<(typeof delegated)[number], (...args: unknown[]) => Promise<unknown>>

const bound = (client: Client) =>
  Object.fromEntries(
    delegated.map((name) => [name, (client[name] as Connection[typeof name]).bind(client)]),
  ) as Connection

/** Thrown instead of writing into a database file that is no longer the one opened. */
export const databaseFileLostCode = 'XEBERDAR_DATABASE_FILE_LOST'

/**
 * Once Payload has opened the embedded database (onInit): remembers which file it opened, and
 * makes every query wait up to `busyTimeoutMs` for another process's lock without stopping the
 * server.
 * - SQLite keeps writing into a moved or deleted file, lost at the next start: every write
 *   statement (from a request, a job, a heartbeat) first checks with one `stat` that the path
 *   still names the file opened, and is refused otherwise.
 * - SQLite's own busy timeout sleeps inside libsql's synchronous call, freezing every request and
 *   the screen feed while it waits: it is set to 0 (and checked), and the wait is done between
 *   tries instead. Start-up migrations ran before, with SQLite's own wait.
 * - A libsql connection on which a statement failed with SQLITE_BUSY never commits again: the
 *   failed statement stays in progress, so every later write is answered but kept in an open
 *   transaction that holds the lock and is lost at exit. Such a connection is closed and
 *   replaced before the next try.
 */
export const prepareSqliteConnection = async (
  payload: Payload,
  { busyTimeoutMs }: { busyTimeoutMs: number },
): Promise<void> => {
  const db = sqliteOf(payload)
  if (!db || db[opened]) return
  const file = fileURLToPath(db.clientConfig.url)
  db[opened] = { file, identity: fileIdentity(file)! }
  const { client } = db
  await client.execute('PRAGMA busy_timeout = 0')
  const { rows } = await client.execute('PRAGMA busy_timeout')
  if (Number(Object.values(rows[0] ?? {})[0]) !== 0)
    throw new Error('SQLite kept a blocking busy timeout: the server would freeze on every lock.')

  let current = bound(client)
  for (const name of delegated.filter((name) => name !== 'execute'))
    Object.assign(client, { [name]: (...args: unknown[]) => current[name](...args) })
  const executeOnce = async (args: unknown[]) => {
    if (isWriteStatement(args[0]) && openedFileState(payload) !== 'same')
      throw Object.assign(new Error(databaseMessages.fileLost), { code: databaseFileLostCode })
    const connection = current
    try {
      return await connection.execute(...args)
    } catch (err) {
      if (isDatabaseBusy(err) && connection === current) {
        // A new connection has libsql's defaults: no busy timeout, foreign keys on.
        current = bound(createClient({ url: db.clientConfig.url }))
        await connection.close()
      }
      throw err
    }
  }
  Object.assign(client, {
    execute: (...args: unknown[]) =>
      waitWhileBusy(() => executeOnce(args), { timeoutMs: busyTimeoutMs }),
  })
}

/**
 * Whether the embedded database's path still names the file opened at start ('same' on MongoDB):
 * SQLite keeps writing into a moved or deleted file, and all of it is lost at the next start.
 */
export const openedFileState = (payload: Payload) => {
  const remembered = sqliteOf(payload)?.[opened]
  return remembered ? databaseFileState(remembered.identity, fileIdentity(remembered.file)) : 'same'
}

/**
 * Throws unless a write could start on the file now: `BEGIN IMMEDIATE`, then `ROLLBACK`, on a
 * connection of its own, closed after the try (a refused try spoils a libsql connection, above).
 */
export const tryWriteLock = async (url: string): Promise<void> => {
  const probe = createClient({ url })
  try {
    await probe.execute('BEGIN IMMEDIATE')
    await probe.execute('ROLLBACK')
  } finally {
    probe.close()
  }
}

/**
 * Throws unless the embedded database takes writes: a file another process holds locked answers
 * reads but takes no write.
 */
export const probeSqliteWrite = async (payload: Payload, timeoutMs: number): Promise<void> => {
  const db = sqliteOf(payload)
  if (db) await waitWhileBusy(() => tryWriteLock(db.clientConfig.url), { timeoutMs })
}
