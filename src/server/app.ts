import express, { type RequestHandler } from 'express'
import type { Payload } from 'payload'

import { partnerRequestsPerMinute } from '@/env'
import { partnerRateLimit } from '@/partners/rateLimit'

import type { CurrentPlaylistVersion } from '@/screens/screenStatuses'
import { screenStatusPath, screenStatusRoute } from '@/screens/statusRoute'

import { apiKeyGuard } from './apiKeyGuard'
import { liveness, readiness } from './health'
import { queryGuard } from './queryGuard'
import { refuseLostWrites } from './refuseLostWrites'
import { requestLog } from './requestLog'
import { securityHeaders } from './securityHeaders'

type AppOptions = {
  payload: Payload
  /** Next.js: the admin and Payload's REST and GraphQL routes. */
  nextHandler: RequestHandler
  isDev: boolean
  isStopping: () => boolean
  /** The screen feed's current playlist version per screen. */
  currentPlaylistVersion: CurrentPlaylistVersion
}

/** The Express host: what Express answers itself comes first, everything else goes to Next. */
export const createApp = ({
  payload,
  nextHandler,
  isDev,
  isStopping,
  currentPlaylistVersion,
}: AppOptions) => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback, uniquelocal')
  app.use(securityHeaders({ isDev }))
  app.get('/healthz', liveness)
  app.get('/readyz', readiness({ payload, isStopping }))
  app.use(requestLog(payload))
  app.use(refuseLostWrites(payload))
  app.use(partnerRateLimit(partnerRequestsPerMinute()))
  app.use(apiKeyGuard)
  app.use('/api', queryGuard)
  app.get(screenStatusPath, screenStatusRoute({ payload, currentVersion: currentPlaylistVersion }))
  app.use(nextHandler)
  return app
}
