import { createHash } from 'crypto'
import fresh from 'fresh'
import type { IncomingMessage } from 'http'

/** A fingerprint of exactly these bytes: it changes when, and only when, they do. */
export const strongEtag = (body: Buffer | string) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

/**
 * Whether the client already holds this version, so a 304 will do: RFC 9110's If-None-Match,
 * compared weakly (W/"x" matches "x"), `*` matching any version, through `fresh` (jshttp's, as
 * Express uses). A request asking `Cache-Control: no-cache` gets the whole answer.
 */
export const hasVersion = (req: IncomingMessage, etag: string, lastModified?: string) =>
  fresh(req.headers, { etag, ...(lastModified ? { 'last-modified': lastModified } : {}) })
