import { createHmac, timingSafeEqual } from 'crypto'

/**
 * A signed link token, `<fields as base64url JSON>.<HMAC-SHA256>`: the link carries everything it
 * grants, so making one writes nothing, and no one can change what it opens without the secret.
 * The last field is always the expiry in Unix seconds. `purpose` keeps a token of one kind of
 * link from opening another.
 */
type Field = string | number

const sign = (secret: string, purpose: string, body: string) =>
  createHmac('sha256', secret).update(`${purpose}:${body}`).digest('base64url')

export const signToken = (
  secret: string,
  purpose: string,
  fields: Field[],
  expiresAt: number,
): string => {
  const body = Buffer.from(JSON.stringify([...fields, expiresAt])).toString('base64url')
  return `${body}.${sign(secret, purpose, body)}`
}

export type TokenCheck =
  | { fields: unknown[]; expiresAt: number }
  | { problem: 'invalid' }
  | { problem: 'expired' }

/** The fields a token carries (still to be checked by the caller), or why it opens nothing. */
export const checkToken = ({
  secret,
  purpose,
  token,
  now,
}: {
  secret: string
  purpose: string
  token: string
  now: Date
}): TokenCheck => {
  const invalid = { problem: 'invalid' } as const
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return invalid
  const expected = Buffer.from(sign(secret, purpose, body))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return invalid
  let fields: unknown
  try {
    fields = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return invalid
  }
  if (!Array.isArray(fields) || fields.length < 2) return invalid
  const expiresAt = fields.at(-1)
  if (typeof expiresAt !== 'number') return invalid
  if (now.getTime() >= expiresAt * 1000) return { problem: 'expired' }
  return { fields: fields.slice(0, -1), expiresAt }
}
