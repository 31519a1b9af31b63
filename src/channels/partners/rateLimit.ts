import { createHash } from 'crypto'
import { rateLimit } from 'express-rate-limit'

import { apiKeyPrincipal } from '@/server/apiKeyGuard'

import { partnerMessagesFor } from './messages'

const partnerKeyOf = (authorization: string | undefined) =>
  apiKeyPrincipal(authorization)?.toLowerCase() === 'partners'
    ? authorization!.slice(authorization!.indexOf(' API-Key ') + ' API-Key '.length)
    : undefined

/**
 * Each partner key gets `perMinute` requests a minute; beyond that a 429 with Retry-After.
 * Counted in this instance's memory: behind a load balancer of n instances a key may make up to
 * n times as many. Keys are counted by their hash, so the limiter's memory holds no key.
 */
export const partnerRateLimit = (perMinute: number) =>
  rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (req) => partnerKeyOf(req.headers.authorization) === undefined,
    keyGenerator: (req) =>
      createHash('sha256').update(partnerKeyOf(req.headers.authorization)!).digest('base64url'),
    handler: (req, res) => {
      const words = partnerMessagesFor(req.headers['accept-language'])
      res.status(429).json({
        errors: [
          { message: words.tooManyRequests(perMinute, String(res.getHeader('retry-after'))) },
        ],
      })
    },
  })
