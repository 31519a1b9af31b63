import fs from 'fs'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'http'
import path from 'path'

import { projectRoot } from '@/env'

import { hasVersion, strongEtag } from '@/http/etag'

type PlayerFile = { body: Buffer; etag: string; contentType: string }

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

/**
 * A display's browser runs nothing but our own files: its images are object URLs made from bytes
 * it checked (hence blob:), and it talks to this origin only.
 */
const playerHeaders = {
  'content-security-policy': [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' blob:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  // A display reloads the page now and then: the ETag makes that cheap, and a new release shows.
  'cache-control': 'no-cache',
}

/**
 * The player page and its scripts (src/channels/screens/player/), read once at start. They hold no data:
 * the same bytes for every screen, which reads its id from the address and its key from the
 * fragment. The service worker (sw.js) is served from /screens/player-sw.js instead: a worker's
 * scope is at most its own folder, and it must reach every /screens/<id>/player.
 */
export const loadPlayerFiles = (dir = path.join(projectRoot, 'src/channels/screens/player')) => {
  const files = new Map<string, PlayerFile>()
  for (const name of fs.readdirSync(dir)) {
    const contentType = contentTypes[path.extname(name)]
    if (!contentType) continue
    const body = fs.readFileSync(path.join(dir, name))
    files.set(name, { body, etag: strongEtag(body), contentType })
  }
  const page = files.get('index.html')
  const serviceWorker = files.get('sw.js')
  if (!page || !serviceWorker)
    throw new Error(`The screen player page or its service worker is missing from ${dir}`)
  files.delete('index.html')
  files.delete('sw.js')
  return { page, serviceWorker, fileNamed: (name: string) => files.get(name) ?? null }
}

export type PlayerFiles = ReturnType<typeof loadPlayerFiles>

export const sendPlayerFile = (
  req: IncomingMessage,
  res: ServerResponse,
  file: PlayerFile,
  /** The host's security headers; the player's own policy (playerHeaders) wins over them. */
  security: OutgoingHttpHeaders,
) => {
  const headers = { ...security, ...playerHeaders, etag: file.etag }
  if (hasVersion(req, file.etag)) {
    res.writeHead(304, headers)
    res.end()
    return
  }
  res.writeHead(200, {
    ...headers,
    'content-type': file.contentType,
    'content-length': file.body.length,
  })
  res.end(req.method === 'HEAD' ? undefined : file.body)
}
