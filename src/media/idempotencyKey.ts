import { createHash } from 'crypto'

/** The request header a client names its attempt with (IETF httpapi "Idempotency-Key"). */
export const idempotencyKeyHeader = 'Idempotency-Key'

/** Set on an answer that repeats an earlier one instead of creating anything. */
export const replayedHeader = 'Idempotent-Replayed'

export const idempotencyMessages = {
  malformed:
    "Idempotency-Key must be 1–255 printable ASCII characters (as the draft's quoted string or bare).",
  otherFile:
    'This Idempotency-Key was already used for another file: send a new key for a new upload.',
  inProgress: 'Another request with this Idempotency-Key is being stored: retry it in a moment.',
} as const

const maxKeyLength = 255
const bareKey = /^[\x20-\x7e]+$/
// The draft sends the key as a Structured Field string: quoted, with \" and \\ escaped.
const quotedKey = /^"((?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*)"$/

/**
 * The key a header value names, or undefined if it is malformed. Both the draft's quoted form
 * and a bare key are taken, so `"abc"` and `abc` are the same key; a value that opens with a
 * quote must be a well-formed quoted string, so no value reads two ways.
 */
export const parseIdempotencyKey = (value: string): string | undefined => {
  const quoted = value.match(quotedKey)
  if (!quoted && value.startsWith('"')) return undefined
  const key = quoted ? quoted[1].replace(/\\(["\\])/g, '$1') : value
  return key.trim().length > 0 && key.length <= maxKeyLength && bareKey.test(key) ? key : undefined
}

/**
 * What is stored for a key: keys are per user, so one user's key can never find (or block)
 * another's record, and the key itself, which a client may have derived from something
 * private, is never stored.
 */
export const idempotencyKeyHash = ({ userId, key }: { userId: string | number; key: string }) =>
  createHash('sha256').update(`${userId}\0${key}`).digest('hex')
