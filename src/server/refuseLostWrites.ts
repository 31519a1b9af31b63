import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { openedFileState } from '@/db/sqliteConnection'
import { databaseMessages } from '@/http/messages'
import { refusalBody } from '@/http/refuse'

const reads = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A request that may write is refused (503) before it starts while the embedded database's path
 * no longer names the file opened at start: SQLite would keep writing into the moved or deleted
 * file and the server would acknowledge what the next start no longer has. One stat
 * (microseconds); a file moved while a request runs is caught by its write statement
 * (src/db/sqliteConnection.ts).
 */
export const refuseLostWrites =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    if (reads.has(req.method) || openedFileState(payload) === 'same') return next()
    res
      .status(503)
      .set({ 'cache-control': 'no-store', 'retry-after': '30' })
      .json(refusalBody(databaseMessages.fileLost))
  }
