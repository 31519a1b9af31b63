import type { Request, RequestHandler, Response } from 'express'
import {
  ipKeyGenerator,
  MemoryStore,
  type ClientRateLimitInfo,
  type Options,
} from 'express-rate-limit'

import { attemptWindowMs } from '@/env'
import { refusalBody } from '@/http/refuse'

/** The source an attempt is counted against: its address, or its IPv6 /56 (one subscriber's). */
export const sourceKey = (address: string) => ipKeyGenerator(address)

/** The source of a request through Express, as its `trust proxy` setting gives it. */
export const bySource = (req: Request) => sourceKey(req.ip ?? '')

/** The store every attempt limit counts in: express-rate-limit's, emptied each window. */
export const attemptStore = () => {
  const store = new MemoryStore()
  store.init({ windowMs: attemptWindowMs } as Options)
  return store
}

/**
 * A key's count, read at once: MemoryStore keeps it in two public maps, so the screen feed's hot
 * path needs no extra turn of the event loop to ask.
 */
export const countedNow = (store: MemoryStore, key: string, now: number) => {
  const client = store.current.get(key) ?? store.previous.get(key)
  return client && client.resetTime.getTime() > now ? client : undefined
}

/**
 * Seconds until a key may try again, or 0 if it may now. Attempts still running count too (with
 * them the key waits a second), so a burst sent at once cannot outrun the limit.
 */
export const retryAfterSeconds = ({
  counted,
  running = 0,
  limit,
  now,
}: {
  counted: ClientRateLimitInfo | undefined
  running?: number
  limit: number
  now: number
}) => {
  const spent = counted?.totalHits ?? 0
  if (spent + running < limit) return 0
  if (spent < limit || !counted?.resetTime) return 1
  return Math.max(1, Math.ceil((counted.resetTime.getTime() - now) / 1000))
}

/**
 * Counts attempts per key in `attemptWindowMs`; beyond `limit` a 429 with Retry-After before the
 * request goes any further. With `isFailure`, an attempt is counted only if it fails: judged from
 * its answer (a login), or before it goes on where that can be told up front (`judgeBefore`: a
 * key that opens nothing). Staff who sign in and partners whose keys work spend nothing, and the
 * refusals a burst met are never held against it.
 */
export const attemptLimit = ({
  limit,
  keyOf,
  message,
  isFailure,
  judgeBefore = false,
  store = attemptStore(),
  appliesTo,
  isKnownGood,
}: {
  limit: number
  keyOf: (req: Request, res: Response) => string
  message: (retryAfterSeconds: number) => string
  isFailure?: (req: Request, res: Response) => boolean | Promise<boolean>
  judgeBefore?: boolean
  store?: MemoryStore
  /** Which requests count at all (all by default). */
  appliesTo?: (req: Request) => boolean
  /**
   * Requests known to succeed (a key that just worked): refused like any other once the key has
   * spent its failures, so they tell a guesser nothing, but never judged or counted.
   */
  isKnownGood?: (req: Request) => boolean
}): RequestHandler => {
  const running = new Map<string, number>()
  const judge = async (key: string, req: Request, res: Response) => {
    try {
      // A check that cannot tell (its database is away) counts nothing: the request itself
      // fails loudly, and a partner's working key must not be held against it afterwards.
      if (await Promise.resolve(isFailure!(req, res)).catch(() => false)) await store.increment(key)
    } finally {
      const left = running.get(key)! - 1
      if (left > 0) running.set(key, left)
      else running.delete(key)
    }
  }
  return async (req, res, next) => {
    if (appliesTo && !appliesTo(req)) return next()
    const key = keyOf(req, res)
    const isGood = isKnownGood?.(req) ?? false
    const retryAfter = retryAfterSeconds({
      counted: await store.get(key),
      running: isGood ? 0 : running.get(key),
      limit,
      now: Date.now(),
    })
    if (retryAfter > 0) {
      res.set('Retry-After', String(retryAfter))
      res.status(429).json(refusalBody(message(retryAfter)))
      return
    }
    if (isGood) return next()
    if (!isFailure) {
      await store.increment(key)
      return next()
    }
    // Attempts being judged hold a place, so a burst sent at once cannot outrun the limit.
    running.set(key, (running.get(key) ?? 0) + 1)
    if (judgeBefore) {
      await judge(key, req, res)
      return next()
    }
    // 'close' comes after the answer, or when the client went away: either way the attempt is over.
    res.once('close', () => void judge(key, req, res))
    next()
  }
}
