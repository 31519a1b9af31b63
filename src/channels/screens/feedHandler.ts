import fs from 'fs'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'http'
import path from 'path'

import { couldBeAnId, isWellFormedId } from '@/http/ids'
import { tooManyAttempts } from '@/http/messages'
import { refusalBody, type Refusal } from '@/http/refuse'
import type { KeyFailures } from '@/logins/keyFailuresBeforeExpress'

import { hasVersion } from '@/http/etag'
import { isSignedMediaFile } from './feedDocument'
import { recordScreenSeen } from './heartbeat'
import { sendPlayerFile, type PlayerFiles } from './playerFiles'
import type { ScreenInfo } from './playlist'
import type { PlaylistCache } from './playlistCache'

// "media" and "player" are folders, never screen ids: their routes are matched first.
const routes = [
  ['media', /^\/screens\/media\/([^/]+)$/],
  ['playerFile', /^\/screens\/player\/([^/]+)$/],
  ['serviceWorker', /^\/screens\/player-sw\.js$/],
  ['playlist', /^\/screens\/([^/]+)\/playlist\/?$/],
  ['playerPage', /^\/screens\/([^/]+)\/player\/?$/],
] as const
const routeOf = (pathname: string) => {
  for (const [name, pattern] of routes) {
    const match = pattern.exec(pathname)
    if (match) return { name, param: match[1] }
  }
  return null
}
const isWellFormedFilename = (name: string) =>
  /^[A-Za-z0-9_.-]{1,200}$/.test(name) && !name.includes('..')

/** The host's security headers (src/server/securityHeaders.ts): for data answers and for pages. */
type Security = OutgoingHttpHeaders
export type FeedSecurity = { data: Security; page: Security }

const sendError = (
  res: ServerResponse,
  security: Security,
  status: number,
  message: string,
  retryAfter?: number,
) => {
  res.writeHead(status, {
    ...security,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(retryAfter ? { 'retry-after': String(retryAfter) } : {}),
  })
  res.end(JSON.stringify(refusalBody(message)))
}

type FeedRefusal = Refusal & { isUnknownKey?: boolean }

/** Which screen is asking, or the refusal: only a screen's own key opens its own feed. */
const authorise = (
  req: IncomingMessage,
  cache: PlaylistCache,
  id: string,
): FeedRefusal | { screen: ScreenInfo } => {
  const header = req.headers.authorization
  if (!header)
    return {
      status: 401,
      message: 'Send the screen’s key: "Authorization: screens API-Key <key>".',
    }
  const [, key] = /^screens API-Key (\S{1,256})$/.exec(header) ?? []
  if (!key)
    return /^(partners API-Key|JWT|Bearer) /i.test(header)
      ? { status: 403, message: 'This feed is for screens: use the screen’s own key.' }
      : {
          status: 401,
          message: 'Malformed Authorization header: expected "screens API-Key <key>".',
        }
  const screen = cache.screenForKey(key)
  if (!screen)
    return {
      status: 401,
      message: 'This key belongs to no screen (revoked or mistyped).',
      isUnknownKey: true,
    }
  if (String(screen.id) !== id)
    return { status: 403, message: 'This key belongs to another screen.' }
  if (!screen.isActive) return { status: 403, message: 'This screen is switched off in the CMS.' }
  return { screen }
}

/** A screen's playlist from memory, once its key is checked; a 304 when it already has it. */
const sendPlaylist = ({
  req,
  res,
  cache,
  id,
  keyFailures,
  security,
}: {
  req: IncomingMessage
  res: ServerResponse
  cache: PlaylistCache
  id: string
  keyFailures: KeyFailures
  security: Security
}) => {
  const who = authorise(req, cache, id)
  if ('status' in who) {
    if (who.isUnknownKey) keyFailures.count(req)
    sendError(res, security, who.status, who.message)
    return
  }
  const document = cache.playlistOf(who.screen.id)
  if (!document) {
    sendError(res, security, 404, 'No such screen.')
    return
  }
  // What the screen now holds, for the admin's online/stale/silent and current/older.
  recordScreenSeen({ screenId: who.screen.id, version: document.etag, at: new Date() })
  const headers = {
    ...security,
    etag: document.etag,
    // Screens keep it and ask again each time: the ETag makes asking cheap.
    'cache-control': 'private, no-cache',
    'x-content-type-options': 'nosniff',
  }
  if (hasVersion(req, document.etag)) {
    res.writeHead(304, headers)
    res.end()
    return
  }
  res.writeHead(200, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': document.body.length,
  })
  res.end(req.method === 'HEAD' ? undefined : document.body)
}

/**
 * The screen channel's hot path, in front of Express and Next: a playlist from memory, a 304 when
 * the screen already has it, the renditions it names, and the player page a display opens.
 * Returns false for any other request.
 */
export const screenFeedHandler =
  ({
    cache,
    imagesDir,
    player,
    keyFailures,
    security,
    adapter,
  }: {
    cache: PlaylistCache
    imagesDir: string
    player: PlayerFiles
    /** Keys that open nothing, counted per source with Express's side: guessing ends in 429s. */
    keyFailures: KeyFailures
    /** Written with each answer's own headers in one go: set one by one they cost the feed a third of its speed. */
    security: FeedSecurity
    /** The database adapter's name: which ids can name a screen (src/http/ids.ts). */
    adapter: string
  }) =>
  (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url ?? ''
    const pathname = url.split('?', 1)[0]
    const route = routeOf(pathname)
    if (!route) return false
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD')
      sendError(res, security.data, 405, 'Screens only read here: use GET.')
      return true
    }
    // The page and its scripts hold no data: they need neither a key nor the playlists.
    if (route.name === 'playerFile') {
      const file = player.fileNamed(route.param)
      if (file) sendPlayerFile(req, res, file, security.page)
      else sendError(res, security.data, 404, 'No such file.')
      return true
    }
    if (route.name === 'serviceWorker') {
      sendPlayerFile(req, res, player.serviceWorker, security.page)
      return true
    }
    if (route.name === 'playerPage') {
      // The same page for every screen, or none: it tells neither which exist nor the database.
      if (couldBeAnId(route.param)) sendPlayerFile(req, res, player.page, security.page)
      else sendError(res, security.data, 404, 'No such screen.')
      return true
    }
    if (!cache.isReady()) {
      sendError(res, security.data, 503, 'The screen feed is starting: ask again in a second.', 1)
      return true
    }
    if (route.name === 'media') {
      const filename = route.param
      const signature = new URLSearchParams(url.slice(pathname.length)).get('s') ?? ''
      if (
        !isWellFormedFilename(filename) ||
        !isSignedMediaFile(cache.secret, filename, signature) ||
        !cache.isOnScreens(filename)
      ) {
        sendError(res, security.data, 404, 'No such image on any screen.')
        return true
      }
      const file = path.join(imagesDir, filename)
      fs.stat(file, (err, stats) => {
        if (err) return sendError(res, security.data, 404, 'No such image on any screen.')
        res.writeHead(200, {
          ...security.data,
          'content-type': 'image/webp',
          'content-length': stats.size,
          // Stored under random names and never rewritten: a screen may keep it.
          'cache-control': 'private, max-age=31536000, immutable',
          'x-content-type-options': 'nosniff',
        })
        if (req.method === 'HEAD') return res.end()
        fs.createReadStream(file).pipe(res)
      })
      return true
    }
    // Not decoded: an id is plain letters and digits, and a malformed %-escape would throw.
    const id = route.param
    if (!isWellFormedId(id, adapter)) {
      sendError(res, security.data, 404, 'No such screen.')
      return true
    }
    const retryAfter = keyFailures.retryAfter(req)
    if (retryAfter > 0)
      sendError(res, security.data, 429, tooManyAttempts.apiKeys(retryAfter), retryAfter)
    else sendPlaylist({ req, res, cache, id, keyFailures, security: security.data })
    return true
  }
