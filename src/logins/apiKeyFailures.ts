import { createHash, createHmac } from 'crypto'
import type { MemoryStore } from 'express-rate-limit'
import type { CollectionSlug, Payload } from 'payload'

import { tooManyAttempts } from '@/http/messages'
import { apiKeyPrincipal } from '@/server/apiKeyGuard'

import { attemptLimit, bySource } from './attemptLimit'

/**
 * Whether this Authorization header names a partner's or a screen's key, looked up as Payload's
 * API-key strategy does (an HMAC of the key with the secret; SHA-1 for keys made before 3.46).
 * Payload itself takes a key that opens nothing for no key at all, so nothing else tells.
 */
export const apiKeyOpensSomething = async (payload: Payload, authorization = '') => {
  const [, collection, key] = /^(partners|screens) API-Key (.+)$/s.exec(authorization) ?? []
  if (!key) return false
  const { totalDocs } = await payload.db.count({
    collection: collection as CollectionSlug,
    where: {
      or: ['sha256', 'sha1'].map((algorithm) => ({
        apiKeyIndex: { equals: createHmac(algorithm, payload.secret).update(key).digest('hex') },
      })),
    },
  })
  return totalDocs > 0
}

/**
 * Keys that opened something in the last minute, by a hash of the header (no key is kept): their
 * requests hold no place in flight, so a partner's parallel sync or a station's screens behind one
 * address never wait on each other. A key revoked meanwhile opens nothing anyway.
 */
const workingKeys = ({ memoryMs = 60_000, most = 10_000 } = {}) => {
  const until = new Map<string, number>()
  const hashOf = (authorization = '') =>
    createHash('sha256').update(authorization).digest('base64url')
  return {
    has: (authorization?: string) => (until.get(hashOf(authorization)) ?? 0) > Date.now(),
    add: (authorization?: string) => {
      // Bounded: a flood of distinct working keys cannot grow it without end.
      if (until.size >= most) until.clear()
      until.set(hashOf(authorization), Date.now() + memoryMs)
    },
  }
}

/**
 * Keys that open nothing are counted per source; beyond `limit` in the window, every request with
 * a key from that source is a 429 before any key is looked up. The store is shared with the screen
 * feed in front of Express (src/channels/screens/feedHandler.ts), so both spend one budget.
 */
export const apiKeyFailures = ({
  payload,
  limit,
  store,
}: {
  payload: Payload
  limit: number
  store: MemoryStore
}) => {
  const working = workingKeys()
  return attemptLimit({
    limit,
    store,
    appliesTo: (req) => apiKeyPrincipal(req.headers.authorization) !== undefined,
    isKnownGood: (req) => working.has(req.headers.authorization),
    keyOf: bySource,
    message: tooManyAttempts.apiKeys,
    // Told before the request goes on (one indexed count, for a key not seen working lately), so
    // a key that works is known at once and a guess is counted before its answer.
    judgeBefore: true,
    isFailure: async ({ headers: { authorization } }) => {
      const opens = await apiKeyOpensSomething(payload, authorization)
      if (opens) working.add(authorization)
      return !opens
    },
  })
}
