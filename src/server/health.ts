import type { Request, Response } from 'express'
import type { Payload } from 'payload'

import { pingDatabase } from '@/db/ping'
import { openedFileState, probeSqliteWrite } from '@/db/sqliteConnection'
import { isDatabaseBusy } from '@/db/waitWhileBusy'

// A readiness check answers within a second or two; a lock held longer than this is a fault.
const writeProbeMs = 250

/** Liveness: the process answers. Orchestrators restart it when this fails. */
export const liveness = (_req: Request, res: Response) => {
  res.set('Cache-Control', 'no-store').json({ status: 'ok' })
}

/**
 * Why the database cannot serve now, or null: the file opened must still be there, answer reads
 * and take writes.
 */
const databaseProblem = async (payload: Payload) => {
  const file = openedFileState(payload)
  if (file !== 'same') return { database: file, msg: 'the database file was moved or replaced' }
  try {
    await pingDatabase(payload)
  } catch (err) {
    return { database: 'unreachable', msg: 'the database does not answer', err }
  }
  try {
    await probeSqliteWrite(payload, writeProbeMs)
  } catch (err) {
    return { database: isDatabaseBusy(err) ? 'locked' : 'unwritable', msg: 'no write', err }
  }
  return null
}

/** Readiness: this instance can serve — started, not stopping, its database reads and writes. */
export const readiness =
  ({ payload, isStopping }: { payload: Payload; isStopping: () => boolean }) =>
  async (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store')
    if (isStopping()) {
      res.status(503).json({ status: 'stopping' })
      return
    }
    const problem = await databaseProblem(payload)
    if (!problem) {
      res.json({ status: 'ready', database: 'ok' })
      return
    }
    payload.logger.error({ err: problem.err, msg: `readiness: ${problem.msg}` })
    res.status(503).json({ status: 'unavailable', database: problem.database })
  }
