import { createHmac, timingSafeEqual } from 'crypto'

import { isLocale, type Locale } from '@/i18n/locales'

/** What a preview link opens: one item's latest draft in one language, until it expires. */
export type PreviewGrant = {
  collection: string
  id: string
  locale: Locale
  /** Unix seconds. */
  expiresAt: number
}

/** How long a link may live: a day unless the editor asks otherwise, a week at most. */
export const previewLifetime = {
  defaultSeconds: 24 * 3600,
  minSeconds: 1,
  maxSeconds: 7 * 24 * 3600,
}

const sign = (secret: string, body: string) =>
  createHmac('sha256', secret).update(`website-preview:${body}`).digest('base64url')

/**
 * A signed token, `<grant as base64url JSON>.<HMAC-SHA256>`: the link carries everything it
 * grants, so making one writes nothing, and no one can change what it opens without the secret.
 */
export const signPreview = (secret: string, grant: PreviewGrant): string => {
  const body = Buffer.from(
    JSON.stringify([grant.collection, grant.id, grant.locale, grant.expiresAt]),
  ).toString('base64url')
  return `${body}.${sign(secret, body)}`
}

export type PreviewCheck = { grant: PreviewGrant } | { status: 404 | 410; message: string }

/** The grant a token carries, or why it opens nothing: tampered or malformed 404, expired 410. */
export const checkPreview = ({
  secret,
  token,
  now,
}: {
  secret: string
  token: string
  now: Date
}): PreviewCheck => {
  const refused = { status: 404, message: 'This preview link is not valid.' } as const
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return refused
  const expected = Buffer.from(sign(secret, body))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return refused
  let fields: unknown
  try {
    fields = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return refused
  }
  if (!Array.isArray(fields) || fields.length !== 4) return refused
  const [collection, id, locale, expiresAt] = fields as unknown[]
  if (
    typeof collection !== 'string' ||
    typeof id !== 'string' ||
    !isLocale(locale) ||
    typeof expiresAt !== 'number'
  )
    return refused
  if (now.getTime() >= expiresAt * 1000)
    return { status: 410, message: 'This preview link has expired: ask an editor for a new one.' }
  return { grant: { collection, id, locale, expiresAt } }
}
