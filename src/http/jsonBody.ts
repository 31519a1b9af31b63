import type { PayloadRequest } from 'payload'

import { bodyMessages } from './messages'
import { refuse } from './refuse'

/** What a JSON body holds, or `undefined` when it is no JSON at all. */
export type ParsedJson = { value: unknown } | undefined

/**
 * The JSON in a body's text, read as Payload reads it (Request.text() drops a leading byte order
 * mark, so a body read as bytes here drops it too). The one place a request body is parsed.
 */
export const parseJson = (text: string): ParsedJson => {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) }
  } catch {
    return undefined
  }
}

export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Whether a content type is JSON as Payload decides it: exactly `application/json`. */
export const isJsonType = (contentType: string | null | undefined) =>
  (contentType ?? '').split(';', 1)[0].trim() === 'application/json'

/** A Payload endpoint's body as text ('' when there is none). */
export const readBodyText = async (req: PayloadRequest): Promise<string> =>
  req.text ? await req.text() : ''

/**
 * The body of one of our endpoints: a JSON object, or nothing (`{}`); anything else is a 400 that
 * shows an example of what the endpoint takes.
 */
export const readJsonObject = async (
  req: PayloadRequest,
  { example }: { example: string },
): Promise<Record<string, unknown>> => {
  const text = await readBodyText(req)
  if (!text.trim()) return {}
  const json = parseJson(text)
  if (json && isJsonObject(json.value)) return json.value
  throw refuse(400, bodyMessages.notAnObjectLike(example))
}
