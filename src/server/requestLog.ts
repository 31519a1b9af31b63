import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { redactPath } from './redactPath'

/**
 * One line per request through Payload's logger; the query string is left out (it may hold keys or
 * search terms), and so are link tokens in the path.
 */
export const requestLog =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      payload.logger.info({
        msg: 'request',
        method: req.method,
        path: redactPath(req.path),
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      })
    })
    next()
  }
