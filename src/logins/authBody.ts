import type { RequestHandler } from 'express'

import { isJsonObject, parseJson } from '@/http/jsonBody'
import { loginMessages } from '@/http/messages'
import { refusalBody } from '@/http/refuse'
import { readRawBody } from '@/http/replayed'

/** A login or password reset form is a few hundred bytes; Payload's own limit is far larger. */
const maxBytes = 16 * 1024

export type AuthBody = { raw: Buffer; email: string }

/**
 * The fields Payload would read from this body: JSON, or the admin's multipart form with the JSON
 * in `_payload` (the last one, as Payload takes it). Anything else carries no fields for Payload
 * either, and a body Payload cannot read it refuses (400).
 */
const jsonOf = async (raw: Buffer, contentType: string): Promise<unknown> => {
  const [type] = contentType.split(';', 1)
  if (type === 'application/json') return parseJson(raw.toString('utf8'))?.value
  if (!type.includes('multipart/')) return undefined
  try {
    const form = await new Request('http://form.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(raw),
    }).formData()
    const json = form.getAll('_payload').at(-1)
    // Payload parses `_payload` as it is: with a byte order mark, it is no JSON to Payload either.
    return typeof json === 'string' && !json.startsWith('\uFEFF')
      ? parseJson(json)?.value
      : undefined
  } catch {
    // A form that cannot be read carries no fields: Payload answers it with a 400.
    return undefined
  }
}

// Payload answers a body that is no JSON object with a 400: there is no address to count it against.
const fieldsOf = async (raw: Buffer, contentType: string): Promise<Record<string, unknown>> => {
  const json = await jsonOf(raw, contentType)
  return isJsonObject(json) ? json : {}
}

/**
 * Reads the small body of a login or password reset into `res.locals.authBody`, with the address
 * it names as Payload compares it (lower case, trimmed): the per-account limits need it before
 * Payload sees the request. `replayed` (src/http/replayed.ts) hands the same body on to
 * Next.
 */
export const readAuthBody: RequestHandler = async (req, res, next) => {
  const raw = await readRawBody(req, { maxBytes })
  if (!raw) {
    res.status(413).json(refusalBody(loginMessages.tooLarge))
    return
  }
  const { email } = await fieldsOf(raw, req.headers['content-type'] ?? '')
  res.locals.authBody = {
    raw,
    email: typeof email === 'string' ? email.toLowerCase().trim() : '',
  } satisfies AuthBody
  next()
}
