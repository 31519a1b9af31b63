import { createHash } from 'crypto'
import type { IncomingMessage } from 'http'

/** A fingerprint of exactly these bytes: it changes when, and only when, they do. */
export const strongEtag = (body: Buffer) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

/** Whether the client already holds this version (If-None-Match), so a 304 will do. */
export const hasVersion = (req: IncomingMessage, etag: string) =>
  req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag) ?? false
