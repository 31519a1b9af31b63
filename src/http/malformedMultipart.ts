import type { AfterErrorHook } from 'payload'

import { bodyMessages } from './messages'
import { refusalBody } from './refuse'

// What busboy says of a multipart body it cannot read, and Payload of a multipart type it will
// not hand to busboy (no boundary, or one spelled BOUNDARY=).
const unreadableMultipart =
  /^(Unexpected end of form|Malformed part header|Multipart: Boundary not found|Request is not eligible for file upload)/

/**
 * A multipart write whose form cannot be read, or whose `_payload` is not JSON, is the sender's
 * mistake: 400 with what to fix, not Payload's 500.
 */
export const malformedMultipartIs400: AfterErrorHook = ({ error, req }) => {
  const type = req?.headers?.get('content-type') ?? ''
  if (!type.includes('multipart/')) return
  const message =
    error instanceof SyntaxError
      ? bodyMessages.payloadFieldNotJson
      : unreadableMultipart.test(error.message)
        ? bodyMessages.unreadableMultipart(error.message)
        : null
  if (message) return { status: 400, response: refusalBody(message) }
}
