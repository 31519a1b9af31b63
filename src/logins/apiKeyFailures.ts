import { createHmac } from 'crypto'
import type { MemoryStore } from 'express-rate-limit'
import type { CollectionSlug, Payload } from 'payload'

import { apiKeyPrincipal } from '@/server/apiKeyGuard'

import { attemptLimit, bySource } from './attemptLimit'
import { tooManyAttempts } from './messages'

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
 * Keys that open nothing are counted per source; beyond `limit` in the window, every request with
 * a key from that source is a 429 before any key is looked up. The store is shared with the screen
 * feed in front of Express (src/screens/feedHandler.ts), so both spend one budget.
 */
export const apiKeyFailures = ({
  payload,
  limit,
  store,
}: {
  payload: Payload
  limit: number
  store: MemoryStore
}) =>
  attemptLimit({
    limit,
    store,
    appliesTo: (req) => apiKeyPrincipal(req.headers.authorization) !== undefined,
    keyOf: bySource,
    message: tooManyAttempts.apiKeys,
    // Looked up after the answer has gone: a partner's request waits for nothing more. Keys that
    // work are never counted, so a partner's parallel sync costs nothing but its moment in flight.
    isFailure: async (req) => !(await apiKeyOpensSomething(payload, req.headers.authorization)),
  })
