import type { MemoryStore } from 'express-rate-limit'
import type { IncomingMessage } from 'http'

import { sourceAddress, type TrustProxy } from '@/server/sourceAddress'

import { countedNow, retryAfterSeconds, sourceKey } from './attemptLimit'

/** The API-key failure budget (src/logins/apiKeyFailures.ts) as a handler before Express spends it. */
export type KeyFailures = {
  /** Seconds until this request's source may present keys again; 0 when it may now. */
  retryAfter: (req: IncomingMessage) => number
  /** This request's key opened nothing. */
  count: (req: IncomingMessage) => void
}

/**
 * The same store and limit as Express's side, with the source found as Express finds `req.ip`.
 * Looked up in memory: the screen feed's hot path stays cheap.
 */
export const keyFailuresBeforeExpress = ({
  store,
  limit,
  trust,
}: {
  store: MemoryStore
  limit: number
  trust: TrustProxy
}): KeyFailures => {
  const sourceOf = (req: IncomingMessage) => sourceKey(sourceAddress(req, trust))
  return {
    retryAfter: (req) => {
      const now = Date.now()
      return retryAfterSeconds({ counted: countedNow(store, sourceOf(req), now), limit, now })
    },
    count: (req) => void store.increment(sourceOf(req)),
  }
}
