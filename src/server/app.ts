import express from 'express'
import type { MemoryStore } from 'express-rate-limit'
import type { IncomingMessage, ServerResponse } from 'http'
import type { Payload } from 'payload'

import { attemptLimits, partnerRequestsPerMinute, trustProxy } from '@/env'
import { apiKeyFailures } from '@/logins/apiKeyFailures'
import { loginLimits } from '@/logins/loginLimits'
import { partnerRateLimit } from '@/channels/partners/rateLimit'

import type { CurrentPlaylistVersion } from '@/channels/screens/screenStatuses'
import { screenStatusPath, screenStatusRoute } from '@/channels/screens/statusRoute'

import { apiKeyGuard } from './apiKeyGuard'
import { apiLanguage } from './apiLanguage'
import { bodyGuard } from './bodyGuard'
import { liveness, readiness } from './health'
import { jsonBodyGuard } from './jsonBodyGuard'
import { methodGuard } from './methodGuard'
import { queryGuard } from './queryGuard'
import { refuseLostWrites } from './refuseLostWrites'
import { requestLog } from './requestLog'

type AppOptions = {
  payload: Payload
  /** Next.js: the admin and Payload's REST and GraphQL routes. */
  nextHandler: (req: IncomingMessage, res: ServerResponse) => void
  isStopping: () => boolean
  /** The screen feed's current playlist version per screen. */
  currentPlaylistVersion: CurrentPlaylistVersion
  /** API keys that opened nothing, per source; the screen feed in front of Express counts here too. */
  apiKeyFailureStore: MemoryStore
}

/**
 * The Express host: what Express answers itself comes first, everything else goes to Next.
 * Security headers are set in front of it (src/server.ts), for the screen feed too.
 */
export const createApp = ({
  payload,
  nextHandler,
  isStopping,
  currentPlaylistVersion,
  apiKeyFailureStore,
}: AppOptions) => {
  const limits = attemptLimits()
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxy())
  app.get('/healthz', liveness)
  app.get('/readyz', readiness({ payload, isStopping }))
  app.use(requestLog(payload))
  // Before anything that hands a request to Next (logins, the JSON body guard).
  app.use('/api', apiLanguage(payload))
  app.use(refuseLostWrites(payload))
  app.use(bodyGuard(payload))
  app.use(methodGuard)
  app.use(loginLimits({ payload, limits, nextHandler }))
  app.use(
    apiKeyFailures({ payload, limit: limits.apiKeyFailuresPerSource, store: apiKeyFailureStore }),
  )
  app.use(partnerRateLimit(partnerRequestsPerMinute()))
  app.use(apiKeyGuard)
  app.use('/api', queryGuard)
  app.get(screenStatusPath, screenStatusRoute({ payload, currentVersion: currentPlaylistVersion }))
  // Last before Next: it reads the body and hands it on to Next itself.
  app.use(jsonBodyGuard(nextHandler))
  app.use(nextHandler)
  return app
}
