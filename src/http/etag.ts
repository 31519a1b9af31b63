import { createHash } from 'crypto'
import type { IncomingMessage } from 'http'

/** A fingerprint of exactly these bytes: it changes when, and only when, they do. */
export const strongEtag = (body: Buffer | string) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

const opaque = (tag: string) => tag.trim().replace(/^W\//, '')

/**
 * Whether the client already holds this version, so a 304 will do (RFC 9110 §13.1.2, §13.2.2):
 * If-None-Match compared weakly (W/"x" matches "x") with `*` matching any version; without it,
 * If-Modified-Since against Last-Modified. Evaluated by the origin even when the request says
 * `Cache-Control: no-cache` (as fetch() adds to any conditional request): that asks caches on
 * the way to revalidate, which is what this is. (jshttp's `fresh` answers no instead.)
 */
export const hasVersion = (req: IncomingMessage, etag: string, lastModified?: string) => {
  const noneMatch = req.headers['if-none-match']
  if (noneMatch === etag) return true
  if (noneMatch !== undefined)
    return (
      noneMatch.trim() === '*' || noneMatch.split(',').some((tag) => opaque(tag) === opaque(etag))
    )
  const since = Date.parse(req.headers['if-modified-since'] ?? '')
  return Boolean(lastModified) && !Number.isNaN(since) && Date.parse(lastModified!) <= since
}
