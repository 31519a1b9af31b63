import type { Request, Response } from 'express'
import type { Payload } from 'payload'

import { pingDatabase } from '@/db/ping'

/** Liveness: the process answers. Orchestrators restart it when this fails. */
export const liveness = (_req: Request, res: Response) => {
  res.set('Cache-Control', 'no-store').json({ status: 'ok' })
}

/** Readiness: this instance can serve — started, not stopping, and its database answers. */
export const readiness =
  ({ payload, isStopping }: { payload: Payload; isStopping: () => boolean }) =>
  async (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store')
    if (isStopping()) {
      res.status(503).json({ status: 'stopping' })
      return
    }
    try {
      await pingDatabase(payload)
      res.json({ status: 'ready', database: 'ok' })
    } catch (err) {
      payload.logger.error({ err, msg: 'readiness: the database does not answer' })
      res.status(503).json({ status: 'unavailable', database: 'unreachable' })
    }
  }
