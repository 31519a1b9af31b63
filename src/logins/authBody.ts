import type { RequestHandler } from 'express'
import { IncomingMessage } from 'http'

/** A login or password reset form is a few hundred bytes; Payload's own limit is far larger. */
const maxBytes = 16 * 1024

export type AuthBody = { raw: Buffer; email: string }

/**
 * The fields Payload would read from this body: JSON, or the admin's multipart form with the JSON
 * in `_payload` (the last one, as Payload takes it). Anything else carries no fields for Payload
 * either, and a body Payload cannot read it refuses (400).
 */
const fieldsOf = async (raw: Buffer, contentType: string): Promise<Record<string, unknown>> => {
  const [type] = contentType.split(';', 1)
  try {
    // As Payload reads it (Request.text()): a leading byte order mark is dropped.
    if (type === 'application/json') return JSON.parse(raw.toString('utf8').replace(/^\uFEFF/, ''))
    if (type.includes('multipart/')) {
      const form = await new Request('http://form.invalid/', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: new Uint8Array(raw),
      }).formData()
      const json = form.getAll('_payload').at(-1)
      return typeof json === 'string' ? JSON.parse(json) : {}
    }
  } catch {
    // Payload answers the same body with a 400: there is no address to count it against.
  }
  return {}
}

/**
 * Reads the small body of a login or password reset into `res.locals.authBody`, with the address
 * it names as Payload compares it (lower case, trimmed): the per-account limits need it before
 * Payload sees the request. `replayed` hands the same body on to Next.
 */
export const readAuthBody: RequestHandler = async (req, res, next) => {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) {
      res.status(413).json({ errors: [{ message: 'This request is too large for a login.' }] })
      return
    }
    chunks.push(chunk)
  }
  const raw = Buffer.concat(chunks)
  const { email } = await fieldsOf(raw, req.headers['content-type'] ?? '')
  res.locals.authBody = {
    raw,
    email: typeof email === 'string' ? email.toLowerCase().trim() : '',
  } satisfies AuthBody
  next()
}

/** A request like `req` whose body, already read, can be read again (by Next). */
export const replayed = (req: IncomingMessage, body: Buffer): IncomingMessage => {
  const copy = new IncomingMessage(req.socket)
  copy.method = req.method
  copy.url = req.url
  copy.headers = req.headers
  copy.rawHeaders = req.rawHeaders
  copy.httpVersion = req.httpVersion
  copy.httpVersionMajor = req.httpVersionMajor
  copy.httpVersionMinor = req.httpVersionMinor
  copy.push(body)
  copy.push(null)
  // Otherwise Node takes the copy for an aborted upload once it is read, and closes the socket.
  copy.complete = true
  return copy
}
