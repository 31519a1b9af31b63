import type { Request, Response } from 'express'
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit'

import { attemptWindowMs } from '@/env'

/** The source an attempt is counted against: its address, or its IPv6 /56 (one subscriber's). */
export const sourceKey = (address: string) => ipKeyGenerator(address)

/** The source of a request through Express, as its `trust proxy` setting gives it. */
export const bySource = (req: Request) => sourceKey(req.ip ?? '')

/**
 * Counts attempts per key in `attemptWindowMs`; beyond `limit` a 429 with Retry-After before the
 * request goes any further. With `wasSuccessful`, a request is counted only if it fails: staff who
 * sign in spend nothing.
 */
export const attemptLimit = ({
  limit,
  keyOf,
  message,
  wasSuccessful,
  store,
  appliesTo,
}: {
  limit: number
  keyOf: (req: Request, res: Response) => string
  message: (retryAfterSeconds: number) => string
  wasSuccessful?: (req: Request, res: Response) => boolean | Promise<boolean>
  store?: Store
  /** Which requests count at all (all by default). */
  appliesTo?: (req: Request) => boolean
}) =>
  rateLimit({
    windowMs: attemptWindowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: keyOf,
    // That check looks for `req.ip` in the key function's source; ours goes through sourceKey.
    validate: { keyGeneratorIpFallback: false },
    ...(wasSuccessful ? { skipSuccessfulRequests: true, requestWasSuccessful: wasSuccessful } : {}),
    ...(store ? { store } : {}),
    ...(appliesTo ? { skip: (req: Request) => !appliesTo(req) } : {}),
    handler: (req, res) => {
      res.status(429).json({ errors: [{ message: message(Number(res.getHeader('retry-after'))) }] })
    },
  })
