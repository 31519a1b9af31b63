// First: see the file for why Lexical must be loaded before the config.
import '@/runtime/loadLexicalInOrder.mjs'

import fs from 'fs'
import http from 'http'
import type { AddressInfo } from 'net'
import next from 'next'
import path from 'path'
import { getPayload } from 'payload'

import { databaseKind } from '@/db/adapter'
import { hasReplicaSet } from '@/db/ping'
import {
  attemptLimits,
  isProduction,
  isSchedulerOn,
  productionProblems,
  projectRoot,
  publicUrl,
} from '@/env'
import { attemptStore } from '@/logins/attemptLimit'
import { keyFailuresBeforeExpress } from '@/logins/keyFailuresBeforeExpress'
import { mediaDir } from '@/media/storage'
import { removeStrayUploads } from '@/media/strayUploads'
import { screenFeedHandler } from '@/channels/screens/feedHandler'
import { loadPlayerFiles } from '@/channels/screens/playerFiles'
import { createPlaylistCache } from '@/channels/screens/playlistCache'
import { startHeartbeats } from '@/channels/screens/heartbeat'
import { parseOrigins } from '@/channels/website/cors'
import { createWebsiteReadModel } from '@/channels/website/readModel'
import { websiteRoutes } from '@/channels/website/routes'
import { createApp } from '@/server/app'
import { dataHeaderValues, securityHeaders, securityHeaderValues } from '@/server/securityHeaders'

const fail = (message: string): never => {
  console.error(`Xəbərdar cannot start: ${message}`)
  process.exit(1)
}

// .env holds a deployment's settings; variables already set (e.g. by docker-compose) win.
const envFile = path.join(projectRoot, '.env')
if (fs.existsSync(envFile)) process.loadEnvFile(envFile)
// A campaign for victims of trafficking sends no usage data to third parties.
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

const isDev = !isProduction()
const websiteOrigins = parseOrigins(process.env.WEBSITE_ORIGINS)
if (websiteOrigins.problems.length > 0) fail(websiteOrigins.problems.join(' '))
if (!isDev) {
  const problems = productionProblems(process.env)
  if (problems.length > 0) fail(`\n  - ${problems.join('\n  - ')}`)
}

const { default: config } = await import('@payload-config')
// cron: the scheduler's every-minute tick starts with the server, not on the first API request.
const payload = await getPayload({ config, cron: true }).catch((err: Error) =>
  fail(
    `Payload could not start on its database (${databaseKind(process.env.DATABASE_URL)}): ${err.message}`,
  ),
)

payload.logger.info(
  isSchedulerOn()
    ? 'Scheduler on: publishes and unpublishes on time, checking every minute'
    : 'Scheduler off (SCHEDULER=off): nothing is published or unpublished on time',
)

if (payload.db.name === 'mongoose' && !hasReplicaSet(payload)) {
  payload.logger.warn(
    'MongoDB is not a replica set: Payload runs without transactions, so a failed multi-document write is not rolled back. Use ?replicaSet=… (docker-compose does).',
  )
}

// Before any upload is taken: what a killed process left half-written goes (src/media/strayUploads.ts).
const strayUploads = await removeStrayUploads(payload)
if (strayUploads.length > 0)
  payload.logger.warn({ msg: 'Removed upload files no record names', files: strayUploads })

// A fresh clone fills its embedded database with the sample campaign; production never seeds, and
// never loads the sample: it is imported here only when it may be used.
if (isDev && databaseKind(process.env.DATABASE_URL) === 'sqlite') {
  const { isDatabaseEmpty, seed } = await import('@/seed')
  if (await isDatabaseEmpty(payload)) {
    payload.logger.info('Empty embedded database: adding the sample campaign (npm run seed)…')
    const { screenKeys, partnerKey } = await seed(payload, { withDemoUsers: true })
    payload.logger.info({ msg: 'Demo API keys (this database only)', screenKeys, partnerKey })
  }
}

const host = process.env.HOST || (isDev ? 'localhost' : '0.0.0.0')
const port = Number(process.env.PORT || 3000)
const nextApp = next({ dev: isDev, dir: projectRoot, hostname: host, port })
const handle = nextApp.getRequestHandler()
await nextApp.prepare()

// The screen channel answers from memory, in front of Express: hundreds of screens poll all day.
const imagesDir = mediaDir('images')
const screenFeed = createPlaylistCache({ payload, publicUrl: publicUrl(), imagesDir })
await screenFeed.start()
// So does the website's: a QR code on a poster or a mention on the news sends thousands at once.
const website = createWebsiteReadModel({ payload, publicUrl: publicUrl() })
await website.start()

let isStopping = false
const apiKeyFailureStore = attemptStore()
const app = createApp({
  payload,
  isStopping: () => isStopping,
  nextHandler: (req, res) => handle(req, res),
  currentPlaylistVersion: screenFeed.currentPlaylistVersion,
  apiKeyFailureStore,
})
const pageSecurity = securityHeaderValues({ isDev })
const screenRoutes = screenFeedHandler({
  cache: screenFeed,
  imagesDir,
  player: loadPlayerFiles(),
  keyFailures: keyFailuresBeforeExpress({
    store: apiKeyFailureStore,
    limit: attemptLimits().apiKeyFailuresPerSource,
    trust: app.get('trust proxy fn'),
  }),
  security: { page: pageSecurity, data: dataHeaderValues(pageSecurity) },
  adapter: payload.db.name,
})
const withSecurityHeaders = securityHeaders({ isDev })
const toExpress: http.RequestListener = (req, res) =>
  withSecurityHeaders(req, res, () => app(req, res))
const websiteReads = websiteRoutes({
  model: website,
  imagesDir,
  origins: websiteOrigins.origins,
  security: dataHeaderValues(pageSecurity),
  publicUrl: publicUrl(),
  next: toExpress,
})
// Screens' last fetches, kept in memory by the feed and written every few seconds.
const heartbeats = startHeartbeats(payload)

// The same headers on every answer: the screen feed and the website's reads write them themselves.
const onRequest: http.RequestListener = (req, res) => {
  if (!websiteReads(req, res) && !screenRoutes(req, res)) toExpress(req, res)
}
const server = http.createServer(onRequest)
// A client that asks before sending its body (Expect: 100-continue) is told to go on only once
// the body's limits allow it (src/server/bodyGuard.ts), not at once as Node would.
server.on('checkContinue', onRequest)
server.listen(port, host, () => {
  const { port: actualPort } = server.address() as AddressInfo
  const url = port === 0 ? `http://${host}:${actualPort}` : publicUrl()
  // Tests read this line to find the port when PORT=0.
  console.log(`Xəbərdar is running at ${url}/admin (listening on ${host}:${actualPort})`)
})

const stop = (signal: string) => {
  if (isStopping) return
  isStopping = true
  screenFeed.stop()
  website.stop()
  payload.logger.info(`${signal}: finishing open requests, then stopping`)
  const force = setTimeout(() => {
    payload.logger.error('Requests still open after 10 s: stopping anyway')
    process.exit(1)
  }, 10_000).unref()
  server.close(async () => {
    await heartbeats.stop()
    await payload
      .destroy()
      .catch((err) => payload.logger.error({ err, msg: 'closing the database' }))
    clearTimeout(force)
    process.exit(0)
  })
  server.closeIdleConnections()
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
